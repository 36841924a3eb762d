package nl.nazorg.events.client;

import java.util.List;

import nl.nazorg.events.internal.Copies;

/**
 * The client's household (huishouden): partner and children.
 *
 * @param partner  the partner; absent for a single client
 * @param children the children; empty when there are none
 */
public record Household(Partner partner, List<Child> children) {

    /** A household of one. */
    public static final Household SINGLE = new Household(null, List.of());

    /** Reads absent children as none. */
    public Household {
        children = Copies.list(children);
    }
}
