package nl.nazorg.campaign.template;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/** Sample data for checking a template: a map that has every key, since figures differ per signal type. */
final class AnyName extends AbstractMap<String, String> {

    private final String value;

    AnyName(String value) {
        this.value = value;
    }

    @Override
    public String get(Object key) {
        return value;
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return Set.of();
    }
}
