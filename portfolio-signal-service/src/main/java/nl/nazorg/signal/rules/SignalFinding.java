package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One situation a rule found. The deduplication key is stable for the same situation (the same signal is
 * updated when its figures change, and resolved once no rule returns its key any more). Figures and
 * inputs keep their insertion order, for display.
 *
 * @param figures the numbers the situation is about (monthlySaving, breakEvenMonths, ...)
 * @param inputs the facts the figures were computed from, so an adviser, client or the AFM can see why
 * @param dueDate when the adviser should have acted; null when the situation has no deadline of its own
 */
public record SignalFinding(
        SignalType type,
        SignalCategory category,
        MessageClass messageClass,
        String deduplicationKey,
        int ruleVersion,
        Map<String, BigDecimal> figures,
        Map<String, String> inputs,
        LocalDate dueDate,
        Explanation explanation) {

    public SignalFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(messageClass, "messageClass");
        Objects.requireNonNull(deduplicationKey, "deduplicationKey");
        Objects.requireNonNull(explanation, "explanation");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** Starts a finding of {@code type}, with the type's category and message class. */
    public static Builder of(SignalType type, int ruleVersion) {
        return new Builder(type, ruleVersion);
    }

    /** A figure by name; fails loudly when the rule did not set it. */
    public BigDecimal figure(String name) {
        BigDecimal value = figures.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no figure " + name + " in " + deduplicationKey);
        }
        return value;
    }

    /** Collects the parts of a finding. */
    public static final class Builder {
        private final SignalType type;
        private final int ruleVersion;
        private String key;
        private final Map<String, BigDecimal> figures = new LinkedHashMap<>();
        private final Map<String, String> inputs = new LinkedHashMap<>();
        private LocalDate dueDate;
        private Explanation explanation;

        private Builder(SignalType type, int ruleVersion) {
            this.type = Objects.requireNonNull(type, "type");
            this.ruleVersion = ruleVersion;
            this.key = type.name();
        }

        /** The deduplication key: the type name, then each part, separated by ':'. */
        public Builder key(Object... parts) {
            StringBuilder joined = new StringBuilder(type.name());
            for (Object part : parts) {
                joined.append(':').append(part);
            }
            key = joined.toString();
            return this;
        }

        public Builder figure(String name, BigDecimal value) {
            figures.put(name, Objects.requireNonNull(value, name));
            return this;
        }

        public Builder figure(String name, long value) {
            return figure(name, BigDecimal.valueOf(value));
        }

        /** Records an input; a null value is recorded as absent, so the adviser sees it was missing. */
        public Builder input(String name, Object value) {
            inputs.put(name, value == null ? "" : value.toString());
            return this;
        }

        public Builder dueDate(LocalDate date) {
            dueDate = date;
            return this;
        }

        public Builder explanation(String dutch, String english) {
            explanation = new Explanation(dutch, english);
            return this;
        }

        public SignalFinding build() {
            return new SignalFinding(type, type.category(), type.messageClass(), key, ruleVersion, figures, inputs,
                    dueDate, explanation);
        }
    }
}
