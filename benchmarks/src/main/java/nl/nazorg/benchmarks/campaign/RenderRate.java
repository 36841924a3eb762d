package nl.nazorg.benchmarks.campaign;

import java.util.ArrayList;
import java.util.List;

import nl.nazorg.benchmarks.measure.Stats;

/**
 * Baseline: rendering alone, reached through the service's preview endpoint. A preview loads the selection and
 * renders up to 20 samples; 20 samples minus none is the rendering of 20 e-mails, one after the other.
 */
final class RenderRate {

    private static final int SAMPLES = 20;
    private static final int PAIRS = 3;

    private RenderRate() {
    }

    /** E-mails rendered per second on one thread; NaN when the difference drowns in the requests' noise. */
    static double perSecond(SelectionCampaigns campaigns, String previewCampaign) {
        List<Double> renderSeconds = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            double none = seconds(campaigns, previewCampaign, 0);
            double some = seconds(campaigns, previewCampaign, SAMPLES);
            renderSeconds.add(some - none);
        }
        double median = Stats.of(renderSeconds).median();
        return median > 0 ? SAMPLES / median : Double.NaN;
    }

    private static double seconds(SelectionCampaigns campaigns, String campaign, int samples) {
        long start = System.nanoTime();
        campaigns.preview(campaign, samples);
        return (System.nanoTime() - start) / 1e9;
    }
}
