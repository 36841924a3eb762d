package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nazorg.security.link.LinkKey;
import nl.nazorg.security.link.LinkKeyRing;

/** The launcher's link key rings: a file from before key ids keeps working; a rotated file reaches the services. */
class PlatformSecretsRotationTest {

    @TempDir
    Path directory;

    @Test
    void aFileFromBeforeKeyIdsIsTheOriginalKeyOfEachRing() throws IOException {
        Files.writeString(directory.resolve(PlatformSecrets.FILE), "campaign-link=old-campaign\nsurvey-link=old-survey\n");

        PlatformSecrets secrets = PlatformSecrets.inDirectory(directory);

        assertThat(secrets.surveyLinks()).isEqualTo(LinkKeyRing.single("old-survey"));
        assertThat(secrets.serviceConfig()).containsEntry("nazorg.survey-link.secret", "old-survey")
                .containsEntry("nazorg.survey-link.key-id", "0")
                .containsEntry("nazorg.campaign.link-secret", "old-campaign")
                .containsEntry("nazorg.campaign.link-key-id", "0")
                .doesNotContainKeys("nazorg.survey-link.previous-keys", "nazorg.campaign.link-previous-keys");
    }

    @Test
    void aRotatedRingGivesTheServicesTheNewKeyAndKeepsThePreviousOneForVerification() throws IOException {
        Files.writeString(directory.resolve(PlatformSecrets.FILE), """
                campaign-link=new-campaign
                campaign-link.key-id=1
                campaign-link.previous-keys=0:old-campaign
                survey-link=new-survey
                survey-link.key-id=2
                survey-link.previous-keys=1:older-survey,0:oldest-survey
                """);

        PlatformSecrets secrets = PlatformSecrets.inDirectory(directory);

        assertThat(secrets.surveyLinks()).isEqualTo(LinkKeyRing.of(new LinkKey("2", "new-survey"),
                new LinkKey("1", "older-survey"), new LinkKey("0", "oldest-survey")));
        assertThat(secrets.serviceConfig()).containsEntry("nazorg.campaign.link-key-id", "1")
                .containsEntry("nazorg.campaign.link-previous-keys", "0:old-campaign")
                .containsEntry("nazorg.survey-link.previous-keys", "1:older-survey,0:oldest-survey");
    }
}
