package nl.nazorg.signal.rules;

import nl.nazorg.signal.model.InsuranceType;

/** MISSING_TRAVEL_INSURANCE: the client has no running travel insurance (reisverzekering). */
public final class MissingTravelInsuranceRule extends MissingInsuranceRule {

    public static final int RULE_VERSION = 1;

    public MissingTravelInsuranceRule() {
        super(InsuranceType.TRAVEL, "reisverzekering", "travel insurance");
    }

    @Override
    public SignalType type() {
        return SignalType.MISSING_TRAVEL_INSURANCE;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }
}
