package nl.nazorg.client.arrears.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** The arrears were paid or otherwise settled on this date. */
public record ArrearsResolution(@NotNull @PastOrPresent LocalDate resolvedDate) {
}
