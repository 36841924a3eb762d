package nl.nazorg.signal.rules;

import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.NpsAnswer;

/**
 * NPS_DETRACTOR (criticaster): the latest NPS answer is 0–6. One signal per survey response; due two days
 * after the answer, because a quick call back is what turns a detractor around.
 */
public final class NpsDetractorRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    static final int DAYS_TO_ACT = 2;

    @Override
    public SignalType type() {
        return SignalType.NPS_DETRACTOR;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        NpsAnswer answer = client.survey().latestNps();
        if (answer == null || !answer.isDetractor()) {
            return RuleResult.none();
        }
        return RuleResult.of(SignalFinding.of(type(), RULE_VERSION)
                .key(answer.responseId())
                .figure("npsScore", answer.score())
                .input("responseId", answer.responseId())
                .input("answeredOn", answer.answeredOn())
                .dueDate(answer.answeredOn().plusDays(DAYS_TO_ACT))
                .explanation(
                        "De klant gaf op " + Wording.dateNl(answer.answeredOn()) + " een NPS-score van " + answer.score()
                                + " (criticaster). Bel de klant terug.",
                        "On " + Wording.dateEn(answer.answeredOn()) + " the client gave an NPS score of " + answer.score()
                                + " (detractor). Call the client back.")
                .build());
    }
}
