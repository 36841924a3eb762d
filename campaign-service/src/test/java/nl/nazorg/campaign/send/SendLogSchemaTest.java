package nl.nazorg.campaign.send;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendLogSchemaTest {

    private static String check(String... statuses) {
        StringBuilder values = new StringBuilder();
        for (String status : statuses) {
            values.append(values.isEmpty() ? "" : ", ").append("'").append(status).append("'::character varying");
        }
        return "CHECK (((status)::text = ANY ((ARRAY[" + values + "])::text[])))";
    }

    @Test
    void aCheckWrittenBeforeAwaitingProfileIsReplacedByOneAllowingEveryStatusWithoutAScan() {
        String old = check("AWAITING_APPROVAL", "PENDING", "SENDING", "SENT", "FAILED", "SUPPRESSED", "TASK_CREATED");
        assertThat(SendLogSchema.widening(old)).hasValueSatisfying(sql -> assertThat(sql)
                .startsWith("ALTER TABLE send_log DROP CONSTRAINT send_log_status_check, ADD CONSTRAINT send_log_status_check")
                .contains("'AWAITING_PROFILE'", "'AWAITING_APPROVAL'", "'TASK_CREATED'")
                .endsWith("NOT VALID"));
    }

    @Test
    void aCurrentCheckOrNoTableYetIsLeftAlone() {
        String current = check("AWAITING_PROFILE", "AWAITING_APPROVAL", "PENDING", "SENDING", "SENT", "FAILED", "SUPPRESSED",
                "TASK_CREATED");
        assertThat(SendLogSchema.widening(current)).isEmpty();
        assertThat(SendLogSchema.widening(null)).isEmpty();
    }
}
