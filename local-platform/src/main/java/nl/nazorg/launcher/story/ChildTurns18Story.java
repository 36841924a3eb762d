package nl.nazorg.launcher.story;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.nazorg.events.ClientDates;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.launcher.demo.DemoCampaigns;
import nl.nazorg.launcher.flow.FlowFigures;

/**
 * A child turns 18 next month: the adviser corrects a child's date of birth in a demo client's file (or adds the
 * child), client-service publishes the profile, CHILD_TURNS_18 is raised and the automatic campaign e-mails the
 * parent. The client is one the e-mail can reach ({@link DemoClientChoice}).
 */
final class ChildTurns18Story {

    private static final String TYPE = SignalType.CHILD_TURNS_18.name();

    private final StoryStage stage;

    ChildTurns18Story(StoryStage stage) {
        this.stage = stage;
    }

    void tell() throws InterruptedException {
        Optional<JsonNode> found = new DemoClientChoice(stage.api(), stage.urls()).parentToEmail();
        if (found.isEmpty()) {
            stage.out().println("No demo client left that an e-mail about a child could reach (e-mail preferred, "
                    + "marketing consent, no marketing e-mail yet). Nothing changed.");
            return;
        }
        JsonNode client = found.get();
        LocalDate eighteenth = LocalDate.now(ClientDates.ZONE).plusMonths(1);
        ObjectNode profile = ClientProfileInput.of(client);
        String childName = setChildBirthDate(profile, eighteenth.minusYears(18));
        FlowFigures before = stage.figures();
        String id = client.path("id").asText();
        stage.api().put(stage.urls().clientApi("/clients/" + id), profile.toString()).expect(200);
        String email = client.path("email").asText();
        stage.out().printf("Client %s (%s, %s): %s's date of birth is now %s, so %s turns 18 on %s.%n",
                client.path("externalReference").asText(), fullName(client.path("name")), email, childName,
                eighteenth.minusYears(18), childName, eighteenth);
        stage.printEffect(before, stage.awaitEffect(before), TYPE);
        String campaign = new DemoCampaigns(stage.api(), stage.urls()).campaignFor(SignalType.CHILD_TURNS_18)
                .orElse("<campaign id>");
        stage.lookAt(
                "the e-mail:           " + stage.mailboxUrl() + "?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                "the client's signals: " + stage.curl(stage.urls().signalApi("/clients/" + id + "/signals")),
                "campaign statistics:  " + stage.curl(stage.urls().campaignApi("/campaigns/" + campaign + "/stats")));
    }

    private static String fullName(JsonNode name) {
        return String.join(" ", Stream.of("firstName", "lastNamePrefix", "lastName")
                .map(part -> name.path(part).asText("")).filter(part -> !part.isBlank()).toList());
    }

    /** Moves the first child's birth date, or adds a child when there is none; returns the child's first name. */
    private static String setChildBirthDate(ObjectNode profile, LocalDate dateOfBirth) {
        JsonNode household = profile.path("household");
        ObjectNode ownHousehold = household.isObject() ? (ObjectNode) household : profile.putObject("household");
        ArrayNode children = ownHousehold.path("children").isArray() ? (ArrayNode) ownHousehold.get("children")
                : ownHousehold.putArray("children");
        ObjectNode child = children.isEmpty() ? children.addObject().put("firstName", "Sanne") : (ObjectNode) children.get(0);
        child.put("dateOfBirth", dateOfBirth.toString());
        return child.path("firstName").asText();
    }
}
