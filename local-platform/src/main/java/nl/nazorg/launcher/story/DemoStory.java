package nl.nazorg.launcher.story;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The demo stories {@code ./nazorg-local demo <story>} replays on a running platform. */
public enum DemoStory {

    RATE_DROP("rate-drop", "market rates drop: refinancing signals become e-mails and adviser tasks"),
    CHILD_TURNS_18("child-18", "a client's child turns 18 next month"),
    SURVEY("survey", "a survey campaign to the GOLD subscribers");

    private final String commandName;
    private final String description;

    DemoStory(String commandName, String description) {
        this.commandName = commandName;
        this.description = description;
    }

    public String commandName() {
        return commandName;
    }

    public String description() {
        return description;
    }

    /** The story with this command name. */
    public static DemoStory named(String commandName) {
        return Arrays.stream(values()).filter(story -> story.commandName.equals(commandName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown demo story " + commandName + " (known: "
                        + commandNames() + ")"));
    }

    /** {@code rate-drop | child-18 | survey}. */
    public static String commandNames() {
        return Arrays.stream(values()).map(DemoStory::commandName).collect(Collectors.joining(" | "));
    }
}
