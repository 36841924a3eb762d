package nl.nazorg.campaign.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.SectionBlock;
import io.quarkus.qute.SectionNode;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * The language e-mail templates are written in (DESIGN.md §8: templates written by advisers are data, not code).
 * Qute syntax, on a dedicated engine rather than the application's, so that nothing of the server is in reach:
 * <ul>
 *     <li>no namespaces at all ({@code config:}, {@code inject:}, {@code cdi:}, {@code msg:}, {@code global:}, ...);</li>
 *     <li>no method calls and no virtual methods (also not {@code ?:} or {@code or}), only names;</li>
 *     <li>only the documented variables ({@link TemplateModel}), resolved as map look-ups ({@link ModelResolver});</li>
 *     <li>one section, {@code {#if}} with {@code {#else}}, nested at most {@value #MAX_IF_DEPTH} deep; no loops, no
 *         includes, no {@code {#eval}}: the model has no lists, and a loop over a number is how one template
 *         took a service down;</li>
 *     <li>output bounded to {@value #MAX_OUTPUT_CHARS} characters and render time to {@link #MAX_RENDER_TIME}.</li>
 * </ul>
 * Every template is checked when it is parsed, so one stored before these rules existed is refused at send time too.
 */
final class TemplateLanguage {

    static final int MAX_IF_DEPTH = 5;
    static final int MAX_OUTPUT_CHARS = 200_000;
    static final Duration MAX_RENDER_TIME = Duration.ofMillis(500);

    private static final Engine ENGINE = Engine.builder()
            .addSectionHelper(new IfSectionHelper.Factory())
            .addValueResolver(new ModelResolver())
            .strictRendering(true)
            .timeout(MAX_RENDER_TIME.toMillis())
            .build();

    private TemplateLanguage() {
    }

    /** @throws TemplateException (with the line) when the source does not parse or uses what the language refuses */
    static Template parse(String source) {
        Template template = ENGINE.parse(source);
        checkBlocks(template.getRootNode(), 0);
        return template;
    }

    /** @throws TemplateException when a value is missing or the output or time limit is passed */
    static String render(Template template, Map<String, Object> data) {
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        BoundedOutput output = new BoundedOutput(MAX_OUTPUT_CHARS, MAX_RENDER_TIME);
        try {
            instance.consume(output).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof TemplateException refused ? refused : new TemplateException(e.getCause());
        }
        return output.text();
    }

    private static void checkBlocks(SectionNode section, int depth) {
        for (SectionBlock block : section.getBlocks()) {
            block.expressions.values().forEach(TemplateLanguage::checkExpression);
            for (TemplateNode node : block.nodes) {
                check(node, depth);
            }
        }
    }

    private static void check(TemplateNode node, int depth) {
        if (node.isExpression()) {
            node.getExpressions().forEach(TemplateLanguage::checkExpression);
        } else if (node.isSection()) {
            if (depth + 1 > MAX_IF_DEPTH) {
                throw new TemplateException(node.getOrigin(), "#if is nested more than " + MAX_IF_DEPTH + " deep");
            }
            checkBlocks(node.asSection(), depth + 1);
        }
    }

    /** The message has no braces: Qute reads a TemplateException's message with an origin as a template itself. */
    private static void checkExpression(Expression expression) {
        if (expression.isLiteral()) {
            return;
        }
        String refusal = refusal(expression);
        if (refusal != null) {
            throw new TemplateException(expression.getOrigin(),
                    "'" + expression.toOriginalString() + "' is not allowed: " + refusal);
        }
    }

    private static String refusal(Expression expression) {
        if (expression.hasNamespace()) {
            return "namespaces such as '" + expression.getNamespace() + ":' are not available in templates";
        }
        List<Expression.Part> parts = expression.getParts();
        if (parts.isEmpty()) {
            return "it names nothing";
        }
        for (Expression.Part part : parts) {
            if (part.isVirtualMethod()) {
                return "method calls such as '" + part.getName() + "(...)' are not available in templates";
            }
        }
        return TemplateModel.refusal(parts.stream().map(Expression.Part::getName).toList());
    }
}
