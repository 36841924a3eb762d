package nl.nazorg.signal.rules;

import nl.nazorg.signal.model.InsuranceType;

/** MISSING_CONTENTS_INSURANCE: the client has no running contents insurance (inboedelverzekering). */
public final class MissingContentsInsuranceRule extends MissingInsuranceRule {

    public static final int RULE_VERSION = 1;

    public MissingContentsInsuranceRule() {
        super(InsuranceType.CONTENTS, "inboedelverzekering", "contents insurance");
    }

    @Override
    public SignalType type() {
        return SignalType.MISSING_CONTENTS_INSURANCE;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }
}
