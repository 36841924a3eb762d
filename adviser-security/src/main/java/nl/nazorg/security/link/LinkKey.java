package nl.nazorg.security.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC-SHA256 key of a {@link LinkKeyRing}: the id travels in the token (so the verifier knows which key to
 * use), the secret never leaves the server. {@link #toString()} leaves the secret out, so a key in a log or an
 * exception message reveals nothing.
 *
 * @param id     1–16 characters {@code [A-Za-z0-9_-]}: safe in a URL and free of the token's separator {@code .}
 * @param secret the HMAC key (its UTF-8 bytes)
 */
public record LinkKey(String id, String secret) {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    /**
     * Each thread's initialised MAC per key: building one (provider lookup, key schedule) costs more than the HMAC of
     * a token, and every redirect and every rendered e-mail signs or verifies one. A ring holds a handful of keys.
     */
    private static final ThreadLocal<Map<LinkKey, Mac>> MACS = ThreadLocal.withInitial(HashMap::new);

    public LinkKey {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A link key id is 1-16 characters [A-Za-z0-9_-]");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("Link key " + id + " has no secret");
        }
    }

    /**
     * Reads {@code <id>:<secret>}, the form of a previous key in configuration (also MicroProfile Config's implicit
     * converter, so a {@code List<LinkKey>} maps without a converter class).
     */
    public static LinkKey parse(CharSequence idAndSecret) {
        String text = idAndSecret == null ? "" : idAndSecret.toString();
        int colon = text.indexOf(':');
        if (colon < 0) {
            // the value itself is not repeated: it holds a secret
            throw new IllegalArgumentException("A link key is written <id>:<secret>");
        }
        return new LinkKey(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    public static boolean isKeyId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }

    /**
     * The signature of {@code data}: the first {@code bytes} bytes (at most 32) of HMAC-SHA256 over its UTF-8 bytes,
     * unpadded base64url.
     */
    public String sign(String data, int bytes) {
        Mac mac = MACS.get().computeIfAbsent(this, LinkKey::newMac);
        // doFinal resets the MAC for its next use on this thread
        return BASE64URL.encodeToString(Arrays.copyOf(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)), bytes));
    }

    private static Mac newMac(LinkKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether {@code signature} is {@link #sign the signature} of {@code data}, compared as text in constant time:
     * a decoder ignores the unused low bits of the last base64 character, so comparing decoded bytes would accept
     * several spellings of one signature.
     */
    public boolean verifies(String data, String signature, int bytes) {
        return MessageDigest.isEqual(sign(data, bytes).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code <id>:<secret>}, the form {@link #parse} reads: for writing configuration, never for logs. */
    public String configValue() {
        return id + ":" + secret;
    }

    @Override
    public String toString() {
        return "LinkKey[id=" + id + "]";
    }
}
