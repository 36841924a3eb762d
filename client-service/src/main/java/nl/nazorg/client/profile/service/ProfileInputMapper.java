package nl.nazorg.client.profile.service;

import java.util.ArrayList;
import java.util.List;

import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.rest.AddressInput;
import nl.nazorg.client.profile.rest.ChildInput;
import nl.nazorg.client.profile.rest.ClientInput;
import nl.nazorg.client.profile.rest.HouseholdInput;
import nl.nazorg.client.profile.rest.NameInput;
import nl.nazorg.events.client.Address;
import nl.nazorg.events.client.Child;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.Partner;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.SubscriptionTier;

/** Copies a validated {@link ClientInput} onto the client row, applying the documented defaults. */
public final class ProfileInputMapper {

    private ProfileInputMapper() {
    }

    public static void apply(ClientInput input, Client client) {
        client.externalReference = Text.clean(input.externalReference());
        NameInput name = input.name();
        client.initials = Text.clean(name.initials());
        client.firstName = Text.clean(name.firstName());
        client.lastNamePrefix = Text.clean(name.lastNamePrefix());
        client.lastName = Text.clean(name.lastName());
        client.salutation = input.salutation() == null ? Salutation.NEUTRAL : input.salutation();
        client.dateOfBirth = input.dateOfBirth();
        client.email = Text.clean(input.email());
        client.phone = Text.clean(input.phone());
        ClientDocuments.correspondenceAddress(client, address(input.correspondenceAddress()));
        client.preferredChannel = input.preferredChannel() == null ? ContactChannel.EMAIL : input.preferredChannel();
        client.language = (input.language() == null ? Language.NL : input.language()).code();
        ClientDocuments.household(client, household(input.household(), ClientDocuments.household(client)));
        client.adviserId = Text.clean(input.adviserId());
        if (input.subscription() == null) {
            client.subscriptionTier = SubscriptionTier.NONE;
            client.subscriptionStart = null;
            client.lastAnnualReview = null;
        } else {
            client.subscriptionTier = input.subscription().tier();
            client.subscriptionStart = input.subscription().startDate();
            client.lastAnnualReview = input.subscription().lastAnnualReviewDate();
        }
        client.minimumMonthlySaving = Text.money(input.minimumMonthlySaving() == null
                ? ClientProfile.DEFAULT_MINIMUM_MONTHLY_SAVING : input.minimumMonthlySaving());
        client.plannedRetirementDate = input.plannedRetirementDate();
    }

    public static Address address(AddressInput input) {
        if (input == null) {
            return null;
        }
        return new Address(Text.clean(input.street()), input.houseNumber(), Text.clean(input.houseNumberAddition()),
                Text.clean(input.postalCode()), Text.clean(input.city()), Text.clean(input.countryCode()));
    }

    public static PersonName name(NameInput input) {
        return new PersonName(Text.clean(input.initials()), Text.clean(input.firstName()),
                Text.clean(input.lastNamePrefix()), Text.clean(input.lastName()));
    }

    /**
     * Children keep a stable id: the one given, else the id of the existing child with the same first name and date
     * of birth, else {@code child-<n>} (the first free number), so that signals keyed by child survive an update.
     */
    static Household household(HouseholdInput input, Household existing) {
        if (input == null) {
            return Household.SINGLE;
        }
        Partner partner = input.partner() == null ? null
                : new Partner(name(input.partner().name()), input.partner().dateOfBirth());
        List<Child> children = new ArrayList<>();
        List<ChildInput> given = input.children() == null ? List.of() : input.children();
        for (ChildInput child : given) {
            String id = Text.clean(child.childId());
            if (id == null) {
                id = existing.children().stream()
                        .filter(old -> old.firstName() != null && old.firstName().equals(Text.clean(child.firstName()))
                                && child.dateOfBirth().equals(old.dateOfBirth()))
                        .map(Child::childId)
                        .findFirst()
                        .orElse(null);
            }
            children.add(new Child(id, Text.clean(child.firstName()), child.dateOfBirth()));
        }
        List<Child> withIds = new ArrayList<>();
        int next = 1;
        for (Child child : children) {
            if (child.childId() != null) {
                withIds.add(child);
                continue;
            }
            while (taken(children, "child-" + next)) {
                next++;
            }
            withIds.add(new Child("child-" + next++, child.firstName(), child.dateOfBirth()));
        }
        return new Household(partner, withIds);
    }

    private static boolean taken(List<Child> children, String id) {
        return children.stream().anyMatch(child -> id.equals(child.childId()));
    }
}
