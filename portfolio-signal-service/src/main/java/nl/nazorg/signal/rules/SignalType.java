package nl.nazorg.signal.rules;

/** Every signal type of DESIGN.md §4, with its category and message class. */
public enum SignalType {
    REFINANCE_SAVING(SignalCategory.OPPORTUNITY, MessageClass.MARKETING),
    FIXED_RATE_ENDING(SignalCategory.SERVICE, MessageClass.SERVICE),
    RATE_RESET_SHOCK(SignalCategory.RISK, MessageClass.SERVICE),
    RISK_CLASS_DROP(SignalCategory.OPPORTUNITY, MessageClass.MARKETING),
    HOME_EQUITY(SignalCategory.OPPORTUNITY, MessageClass.MARKETING),
    TERM_LIFE_OVERINSURED(SignalCategory.OPPORTUNITY, MessageClass.MARKETING),
    MORTGAGE_TERM_ENDING(SignalCategory.SERVICE, MessageClass.SERVICE),
    INTEREST_ONLY_RISK(SignalCategory.RISK, MessageClass.SERVICE),
    HOUSE_FOR_SALE(SignalCategory.LIFE_EVENT, MessageClass.MARKETING),
    CHILD_TURNS_18(SignalCategory.LIFE_EVENT, MessageClass.MARKETING),
    RETIREMENT_APPROACHING(SignalCategory.LIFE_EVENT, MessageClass.MARKETING),
    MISSING_BUILDING_INSURANCE(SignalCategory.RISK, MessageClass.SERVICE),
    MISSING_CONTENTS_INSURANCE(SignalCategory.OPPORTUNITY, MessageClass.MARKETING),
    MISSING_TRAVEL_INSURANCE(SignalCategory.OPPORTUNITY, MessageClass.MARKETING),
    MISSING_LIABILITY_INSURANCE(SignalCategory.OPPORTUNITY, MessageClass.MARKETING),
    PAYMENT_ARREARS(SignalCategory.RISK, MessageClass.SERVICE),
    ANNUAL_REVIEW_DUE(SignalCategory.SERVICE, MessageClass.SERVICE),
    BIRTHDAY(SignalCategory.LIFE_EVENT, MessageClass.MARKETING),
    CLIENT_WISH(SignalCategory.OPPORTUNITY, MessageClass.MARKETING),
    NPS_DETRACTOR(SignalCategory.RISK, MessageClass.SERVICE);

    private final SignalCategory category;
    private final MessageClass messageClass;

    SignalType(SignalCategory category, MessageClass messageClass) {
        this.category = category;
        this.messageClass = messageClass;
    }

    public SignalCategory category() {
        return category;
    }

    public MessageClass messageClass() {
        return messageClass;
    }

    /**
     * Whether an open signal of this type suppresses every MARKETING message to the client and routes
     * the client to a person (DESIGN.md §4): only PAYMENT_ARREARS does.
     */
    public boolean suppressesMarketing() {
        return this == PAYMENT_ARREARS;
    }
}
