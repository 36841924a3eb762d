package nl.nazorg.survey.page;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.nazorg.web.PublicPageHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.survey.link.SurveyLinkConfig;
import nl.nazorg.security.link.SurveyLinkTokens;
import nl.nazorg.survey.response.Answers;
import nl.nazorg.survey.response.PageOutcome;
import nl.nazorg.survey.response.ResponseService;

/**
 * The client's survey page (public, protected by the personal link). Plain HTML forms: no script is needed to fill
 * it in. A GET never changes anything (mail scanners follow links); saving and submitting are POSTs.
 */
@Path("/s/{token}")
@PermitAll
@Tag(name = "Client survey page")
public class SurveyPageResource {

    static final String HTML = "text/html;charset=UTF-8";
    static final int UNPROCESSABLE = 422;

    @Inject
    SurveyLinkConfig config;

    @Inject
    ResponseService responses;

    @Inject
    Clock clock;

    @Inject
    @Location("page/form.html")
    Template form;

    @Inject
    @Location("page/notice.html")
    Template notice;

    @GET
    @Operation(summary = "The survey page for a personal link")
    public Uni<Response> open(@PathParam("token") String token, @QueryParam("lang") String lang,
                              HttpHeaders headers) {
        String language = PageLanguage.choose(lang, headers.getAcceptableLanguages());
        return link(token)
                .map(link -> responses.open(link).map(outcome -> render(outcome, language, token, false)))
                .orElseGet(() -> Uni.createFrom().item(neutral(language)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the answers to continue later (action=save) or submit them once (action=submit)")
    public Uni<Response> post(@PathParam("token") String token, MultivaluedMap<String, String> fields,
                              HttpHeaders headers) {
        String language = PageLanguage.choose(fields.getFirst("lang"), headers.getAcceptableLanguages());
        Optional<SurveyLink> link = link(token);
        if (link.isEmpty()) {
            return Uni.createFrom().item(neutral(language));
        }
        Answers answers = answers(fields);
        boolean submit = "submit".equals(fields.getFirst("action"));
        Uni<PageOutcome> outcome = submit ? responses.submit(link.get(), answers) : responses.save(link.get(), answers);
        return outcome.map(result -> render(result, language, token, true));
    }

    private Optional<SurveyLink> link(String token) {
        return SurveyLinkTokens.verify(config.keyRing(), token, clock.instant());
    }

    private static Answers answers(MultivaluedMap<String, String> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach((name, given) -> {
            if (name.startsWith(FormPage.FIELD_PREFIX)) {
                values.put(name.substring(FormPage.FIELD_PREFIX.length()), given);
            }
        });
        return new Answers(values);
    }

    private Response render(PageOutcome outcome, String lang, String token, boolean posted) {
        Map<String, String> t = PageTexts.of(lang);
        if (outcome instanceof PageOutcome.AlreadyAnswered answered) {
            return page(posted ? 409 : 200, notice.data("page", new PageViews.NoticeView(lang,
                    firm(answered.firmName(), t), t.get("answeredTitle"), t.get("answeredText"))).render());
        }
        if (outcome instanceof PageOutcome.Thanks thanks) {
            return page(200, notice.data("page", new PageViews.NoticeView(lang, firm(thanks.firmName(), t),
                    t.get("thanksTitle"), t.get("thanksText"))).render());
        }
        if (outcome instanceof PageOutcome.Form shown) {
            return page(shown.problems().isEmpty() ? 200 : UNPROCESSABLE,
                    form.data("page", FormPage.view(shown, lang, "/s/" + token)).render());
        }
        return neutral(lang);
    }

    /** Unknown, expired and forged links get exactly the same answer. */
    private Response neutral(String lang) {
        Map<String, String> t = PageTexts.of(lang);
        return page(404, notice.data("page", new PageViews.NoticeView(lang, null, t.get("neutralTitle"),
                t.get("neutralText"))).render());
    }

    private static String firm(String name, Map<String, String> t) {
        return name != null ? name : t.get("yourAdviser");
    }

    private static Response page(int status, String html) {
        Response.ResponseBuilder response = Response.status(status).type(HTML).entity(html);
        PublicPageHeaders.apply(response::header);
        return response.build();
    }
}
