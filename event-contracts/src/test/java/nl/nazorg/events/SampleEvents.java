package nl.nazorg.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.events.campaign.AdviserTaskCreated;
import nl.nazorg.events.campaign.AdviserTaskReason;
import nl.nazorg.events.campaign.EmailFailed;
import nl.nazorg.events.campaign.EmailFailureReason;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.events.campaign.LinkClicked;
import nl.nazorg.events.campaign.ScannerSuspicion;
import nl.nazorg.events.campaign.UnsubscribeChannel;
import nl.nazorg.events.campaign.UnsubscribeScope;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.events.client.Address;
import nl.nazorg.events.client.Child;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.Partner;
import nl.nazorg.events.client.PaymentArrears;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.events.client.ProfileChangeSource;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MarketingEmailConsent;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.market.MarketRate;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.InsuranceType;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.portfolio.Property;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;
import nl.nazorg.events.signal.DismissReason;
import nl.nazorg.events.signal.SignalCategory;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalResolution;
import nl.nazorg.events.signal.SignalResolved;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.events.signal.SignalUpdated;
import nl.nazorg.events.signal.SuppressionReason;
import nl.nazorg.events.survey.SurveyAnswer;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.events.survey.WishCode;

/**
 * One realistic record per event type with EVERY field filled, so that a test over the samples touches every field of
 * every schema.
 */
public final class SampleEvents {

    public static final String TENANT = "firm-hypotheekhuis-utrecht";
    public static final String CLIENT = "c0a8012e-5b7d-4f1e-9d3a-2f6c1e7b9a10";
    static final Instant AT = Instant.parse("2026-03-02T08:15:30Z");

    private SampleEvents() {
    }

    /** A sample of every event type. */
    public static Map<EventType, EventPayload> all() {
        Map<EventType, EventPayload> samples = new EnumMap<>(EventType.class);
        for (EventPayload sample : List.of(clientProfile(), portfolio(), marketRateTable(), signalRaised(),
                signalUpdated(), signalResolved(), emailSent(), emailFailed(), linkClicked(), unsubscribed(),
                adviserTaskCreated(), surveyCompleted(), profileChangeRequested())) {
            samples.put(EventType.of(sample), sample);
        }
        return samples;
    }

    public static ClientProfile clientProfile() {
        PersonName name = new PersonName("J.P.", "Jan", "van der", "Berg");
        Household household = new Household(
                new Partner(new PersonName("M.", "Maria", "de", "Jong"), LocalDate.parse("1979-02-28")),
                List.of(new Child("child-1", "Sanne", LocalDate.parse("2008-05-12")),
                        new Child("child-2", "Daan", LocalDate.parse("2012-11-03"))));
        return new ClientProfile(TENANT, CLIENT, 7, "REL-004711", name, Salutation.MR, LocalDate.parse("1976-02-29"),
                "jan.vanderberg@example.nl", "+31612345678",
                new Address("Oudegracht", 231, "bis", "3511 NK", "Utrecht", "NL"),
                ContactChannel.EMAIL, Language.NL, household, "adviser-petra",
                new Subscription(SubscriptionTier.GOLD, LocalDate.parse("2021-06-01"), LocalDate.parse("2025-09-15")),
                new BigDecimal("150.00"), LocalDate.parse("2041-06-01"),
                new MarketingEmailConsent(ConsentStatus.OPTED_IN, LegalBasis.CONSENT,
                        Instant.parse("2021-06-01T10:00:00Z"), "intake-form"),
                List.of(new PaymentArrears(LocalDate.parse("2026-01-01"), new BigDecimal("1234.56"), true,
                        LocalDate.parse("2026-01-20"), "ABN_AMRO", "mortgage-1")),
                AT);
    }

    public static Portfolio portfolio() {
        Property home = new Property(new Address("Oudegracht", 231, "bis", "3511 NK", "Utrecht", "NL"),
                new BigDecimal("525000.00"), LocalDate.parse("2025-11-01"), new BigDecimal("498000"), true,
                LocalDate.parse("2026-02-15"));
        Mortgage mortgage = new Mortgage("mortgage-1", "ABN_AMRO", "NL-2019-778812", LocalDate.parse("2019-07-01"),
                LocalDate.parse("2049-07-01"), false, List.of(
                new LoanPart("part-1", RepaymentType.ANNUITY, new BigDecimal("250000.00"),
                        new BigDecimal("212345.67"), new BigDecimal("4.150"), 10, LocalDate.parse("2029-06-30"),
                        RiskClass.LTV_90, new BigDecimal("0.10")),
                new LoanPart("part-2", RepaymentType.INTEREST_ONLY, new BigDecimal("100000.00"),
                        new BigDecimal("100000.00"), new BigDecimal("3.875"), 5, LocalDate.parse("2026-08-31"),
                        RiskClass.LTV_90, new BigDecimal("0.20"))));
        Insurance termLife = new Insurance("insurance-1", InsuranceType.TERM_LIFE, "NN", "ORV-99812",
                new BigDecimal("350000.00"), new BigDecimal("18.45"), LocalDate.parse("2019-07-01"),
                LocalDate.parse("2049-07-01"));
        return new Portfolio(TENANT, CLIENT, 12, home, List.of(mortgage), List.of(termLife), AT);
    }

    public static MarketRateTable marketRateTable() {
        return MarketRateTable.of("ABN_AMRO", "ABN AMRO", LocalDate.parse("2026-03-02"), List.of(
                new MarketRate(10, RiskClass.NHG, new BigDecimal("3.450")),
                new MarketRate(10, RiskClass.LTV_90, new BigDecimal("3.720")),
                new MarketRate(20, RiskClass.LTV_60, new BigDecimal("3.890"))), AT);
    }

    static Map<String, BigDecimal> figures() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("monthlySaving", new BigDecimal("187.12"));
        figures.put("prepaymentFee", new BigDecimal("4210.00"));
        figures.put("breakEvenMonths", new BigDecimal("23"));
        return figures;
    }

    static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("mortgageId", "mortgage-1");
        inputs.put("loanPartIds", "part-1");
        inputs.put("currentRate", "4.150");
        inputs.put("newRate", "3.450");
        return inputs;
    }

    public static SignalRaised signalRaised() {
        return new SignalRaised("signal-1", TENANT, CLIENT, 1, SignalType.REFINANCE_SAVING,
                SignalCategory.OPPORTUNITY, MessageClass.MARKETING, "REFINANCE_SAVING:mortgage-1", figures(), inputs(),
                "REFINANCE_SAVING/1", LocalDate.parse("2026-03-16"), SignalStatus.OPEN, true,
                SuppressionReason.PAYMENT_ARREARS, DismissReason.NOT_RELEVANT, AT, AT, AT);
    }

    public static SignalUpdated signalUpdated() {
        return new SignalUpdated("signal-1", TENANT, CLIENT, 2, SignalType.REFINANCE_SAVING,
                SignalCategory.OPPORTUNITY, MessageClass.MARKETING, "REFINANCE_SAVING:mortgage-1", figures(), inputs(),
                "REFINANCE_SAVING/1", LocalDate.parse("2026-03-16"), SignalStatus.DISMISSED, true,
                SuppressionReason.PAYMENT_ARREARS, DismissReason.CLIENT_DECLINED, AT, AT.plusSeconds(3600), AT);
    }

    public static SignalResolved signalResolved() {
        return new SignalResolved("signal-1", TENANT, CLIENT, 3, SignalType.REFINANCE_SAVING,
                SignalCategory.OPPORTUNITY, MessageClass.MARKETING, "REFINANCE_SAVING:mortgage-1", figures(), inputs(),
                "REFINANCE_SAVING/1", LocalDate.parse("2026-03-16"), SignalStatus.DONE, true,
                SuppressionReason.PAYMENT_ARREARS, DismissReason.OTHER, AT, AT.plusSeconds(7200),
                AT.plusSeconds(7200), SignalResolution.CONDITION_CLEARED);
    }

    public static EmailSent emailSent() {
        return new EmailSent("send-1", TENANT, "campaign-refinance", CLIENT, "signal-1", "annual-aftercare-scan",
                "refinance-saving-nl", "A", MessageClass.MARKETING, LegalBasis.CONSENT, AT);
    }

    public static EmailFailed emailFailed() {
        return new EmailFailed("send-2", TENANT, "campaign-refinance", CLIENT, "signal-1", "annual-aftercare-scan",
                "refinance-saving-nl", "B", MessageClass.MARKETING, EmailFailureReason.SERVER_UNAVAILABLE, false, 5,
                AT);
    }

    public static LinkClicked linkClicked() {
        return new LinkClicked("click-1", TENANT, "send-1", "campaign-refinance", CLIENT, "signal-1",
                "cta-appointment", AT.plusSeconds(2), true, ScannerSuspicion.TOO_SOON_AFTER_SEND);
    }

    public static Unsubscribed unsubscribed() {
        return new Unsubscribed(TENANT, CLIENT, "campaign-refinance", "send-1", UnsubscribeScope.MARKETING,
                UnsubscribeChannel.ONE_CLICK, AT);
    }

    public static AdviserTaskCreated adviserTaskCreated() {
        return new AdviserTaskCreated("task-1", TENANT, CLIENT, "adviser-petra", AdviserTaskReason.PHONE_PREFERRED,
                "signal-1", SignalType.FIXED_RATE_ENDING, "campaign-fixed-rate", LocalDate.parse("2026-03-09"), AT);
    }

    public static SurveyCompleted surveyCompleted() {
        Map<String, SurveyAnswer> answers = new LinkedHashMap<>();
        answers.put("q1-housing-wish", SurveyAnswer.multiChoice(List.of("LOWER_HOUSING_COSTS", "IMPROVE_HOUSE")));
        answers.put("q2-satisfied", SurveyAnswer.singleChoice("YES"));
        answers.put("q3-monthly-budget", SurveyAnswer.number(new BigDecimal("1850.00")));
        answers.put("q4-retirement", SurveyAnswer.date(LocalDate.parse("2039-01-01")));
        answers.put("q5-nps", SurveyAnswer.nps(9));
        return new SurveyCompleted("response-1", TENANT, CLIENT, "annual-aftercare-scan", 2, "campaign-scan-2026",
                "send-3", AT, answers, List.of(ProfileField.EMAIL, ProfileField.PLANNED_RETIREMENT_DATE),
                List.of(WishCode.LOWER_HOUSING_COSTS, WishCode.IMPROVE_HOUSE), 9);
    }

    public static ProfileChangeRequested profileChangeRequested() {
        Map<ProfileField, String> changes = new LinkedHashMap<>();
        changes.put(ProfileField.EMAIL, "jan@vanderberg.example");
        changes.put(ProfileField.PLANNED_RETIREMENT_DATE, "2039-01-01");
        return new ProfileChangeRequested("request-1", TENANT, CLIENT, ProfileChangeSource.SURVEY,
                "annual-aftercare-scan", "response-1", changes, AT);
    }
}
