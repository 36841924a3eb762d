package nl.nazorg.client.profile.rest;

import java.util.List;

/** One page of a list: the items, the page index (from 0), its size and the total number of matches. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
