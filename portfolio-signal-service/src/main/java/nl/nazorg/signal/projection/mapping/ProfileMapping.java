package nl.nazorg.signal.projection.mapping;

import java.util.List;

import nl.nazorg.events.client.PaymentArrears;
import nl.nazorg.signal.model.Child;
import nl.nazorg.signal.model.ClientProfile;
import nl.nazorg.signal.model.PaymentArrear;
import nl.nazorg.signal.model.PreferredChannel;
import nl.nazorg.signal.model.Subscription;
import nl.nazorg.signal.model.SubscriptionTier;

/** The contract's client profile (client-profiles.v1) → what the signal rules read. */
public final class ProfileMapping {

    private ProfileMapping() {
    }

    public static ClientProfile toDomain(nl.nazorg.events.client.ClientProfile profile) {
        List<Child> children = profile.household().children().stream()
                .filter(child -> child.dateOfBirth() != null)
                .map(child -> new Child(child.childId(), child.firstName() == null ? "" : child.firstName(),
                        child.dateOfBirth()))
                .toList();
        nl.nazorg.events.client.Subscription subscription = profile.subscription();
        return new ClientProfile(
                profile.dateOfBirth(),
                children,
                new Subscription(SubscriptionTier.valueOf(subscription.tier().name()), subscription.startDate(),
                        subscription.lastAnnualReviewDate()),
                profile.minimumMonthlySaving(),
                profile.plannedRetirementDate(),
                profile.preferredChannel() == null ? null : PreferredChannel.valueOf(profile.preferredChannel().name()),
                profile.paymentArrears().stream().filter(a -> a.missedPaymentDate() != null)
                        .map(ProfileMapping::arrear).toList());
    }

    private static PaymentArrear arrear(PaymentArrears arrears) {
        return new PaymentArrear(arrears.missedPaymentDate(), arrears.amount(), arrears.resolved());
    }
}
