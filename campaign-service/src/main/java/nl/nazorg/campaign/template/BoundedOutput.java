package nl.nazorg.campaign.template;

import io.quarkus.qute.TemplateException;

import java.time.Duration;
import java.util.function.Consumer;

/** Collects a template's output and stops the render once it grows past a size or takes longer than a time. */
final class BoundedOutput implements Consumer<String> {

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private final long deadline;
    private final Duration maxTime;

    BoundedOutput(int maxChars, Duration maxTime) {
        this.maxChars = maxChars;
        this.maxTime = maxTime;
        this.deadline = System.nanoTime() + maxTime.toNanos();
    }

    @Override
    public void accept(String chunk) {
        if (text.length() + chunk.length() > maxChars) {
            throw new TemplateException("the output is longer than " + maxChars + " characters");
        }
        if (System.nanoTime() - deadline > 0) {
            throw new TemplateException("rendering takes longer than " + maxTime.toMillis() + " ms");
        }
        text.append(chunk);
    }

    String text() {
        return text.toString();
    }
}
