package nl.nazorg.signal.worklist.rest;

import java.util.List;

/** One page of the worklist: the signals, the page asked for and how many match in all. */
public record SignalPage(List<SignalView> items, int page, int size, long total) {
}
