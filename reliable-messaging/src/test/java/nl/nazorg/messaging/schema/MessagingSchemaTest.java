package nl.nazorg.messaging.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MessagingSchemaTest {

    @Test
    void splitsTheScriptIntoStatementsWithoutComments() {
        List<String> statements = SchemaScript.statements();

        assertThat(statements).hasSize(7);
        assertThat(statements.get(0)).startsWith("CREATE TABLE IF NOT EXISTS nazorg_outbox");
        assertThat(statements).allSatisfy(sql -> assertThat(sql).doesNotContain("--"));
        assertThat(statements.get(1)).startsWith("DO $$").contains("DROP COLUMN published_at").endsWith("$$");
        assertThat(statements.get(3)).contains("PERFORM pg_notify('nazorg_outbox', '');").endsWith("$$");
        assertThat(statements.get(5)).startsWith("CREATE TABLE IF NOT EXISTS nazorg_processed_event");
    }
}
