package nl.nazorg.survey.response;

import java.util.Map;

import nl.nazorg.survey.definition.SurveyDefinition;

/** What the client's survey page shows after a request. */
public sealed interface PageOutcome {

    /** Unknown, expired or forged link, or a survey the firm does not have: the same neutral answer. */
    record Neutral() implements PageOutcome {
    }

    /** The link was submitted before. */
    record AlreadyAnswered(String firmName) implements PageOutcome {
    }

    /** Submitted now. */
    record Thanks(String firmName, SurveyDefinition definition) implements PageOutcome {
    }

    /**
     * The form, with the answers so far.
     *
     * @param saved    the answers were just saved to continue later
     * @param problems per question id, after a submission that did not pass
     */
    record Form(String firmName, SurveyDefinition definition, Answers answers, Map<String, AnswerProblem> problems,
                boolean saved) implements PageOutcome {
    }
}
