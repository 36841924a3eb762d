package nl.nazorg.signal.rules;

import nl.nazorg.signal.model.InsuranceType;

/** MISSING_LIABILITY_INSURANCE: the client has no running personal liability insurance (AVP). */
public final class MissingLiabilityInsuranceRule extends MissingInsuranceRule {

    public static final int RULE_VERSION = 1;

    public MissingLiabilityInsuranceRule() {
        super(InsuranceType.LIABILITY, "aansprakelijkheidsverzekering (AVP)", "personal liability insurance");
    }

    @Override
    public SignalType type() {
        return SignalType.MISSING_LIABILITY_INSURANCE;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }
}
