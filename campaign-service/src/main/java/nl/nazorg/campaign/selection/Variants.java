package nl.nazorg.campaign.selection;

import nl.nazorg.campaign.campaign.Campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A/B split: a client's variant follows from a hash of campaign and client, so it is stable and evenly spread. */
public final class Variants {

    private Variants() {
    }

    public static String of(Campaign campaign, String clientId) {
        if (campaign.variantBTemplateId == null || campaign.variantBPercent == null) {
            return "A";
        }
        return bucket(campaign.id + "/" + clientId) < campaign.variantBPercent ? "B" : "A";
    }

    public static String templateOf(Campaign campaign, String variant) {
        return "B".equals(variant) ? campaign.variantBTemplateId : campaign.templateId;
    }

    /** 0–99. */
    static int bucket(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            int value = ((hash[0] & 0xff) << 8) | (hash[1] & 0xff);
            return value % 100;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
