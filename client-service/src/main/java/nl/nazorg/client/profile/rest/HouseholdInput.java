package nl.nazorg.client.profile.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Partner and children (huishouden). */
public record HouseholdInput(@Valid PartnerInput partner, @Size(max = 20) List<@Valid ChildInput> children) {
}
