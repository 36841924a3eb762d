package nl.nazorg.launcher.api;

import java.util.List;

import nl.nazorg.launcher.PlatformService;

/**
 * Where each service's adviser API ({@code /api/v1}) and public pages are, for the ports the services run on: the
 * launcher's fixed ports ({@link #LOCAL}) or a test platform's free ones.
 */
public record ServiceUrls(List<PlatformService> services) {

    /** The services on the launcher's ports 8081–8084. */
    public static final ServiceUrls LOCAL = new ServiceUrls(PlatformService.ALL);

    public String clientApi(String path) {
        return api(PlatformService.CLIENT, path);
    }

    public String signalApi(String path) {
        return api(PlatformService.SIGNAL, path);
    }

    public String campaignApi(String path) {
        return api(PlatformService.CAMPAIGN, path);
    }

    public String surveyApi(String path) {
        return api(PlatformService.SURVEY, path);
    }

    /** {@code <base URL of the service><path>}, e.g. the Swagger UI at {@code /q/swagger-ui}. */
    public String page(String service, String path) {
        return PlatformService.named(services, service).baseUrl() + path;
    }

    private String api(String service, String path) {
        return page(service, "/api/v1" + path);
    }
}
