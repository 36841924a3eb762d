package nl.nazorg.campaign.template;

import io.quarkus.qute.CompletedStage;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Mapper;
import io.quarkus.qute.Results;
import io.quarkus.qute.ValueResolver;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The only value resolver of the adviser template engine: looks a name up in the template's data or in one of its
 * maps ({@code money}, {@code firm}, ...). No properties or methods of any other object are reachable.
 */
final class ModelResolver implements ValueResolver {

    @Override
    public boolean appliesTo(EvalContext context) {
        return context.getParams().isEmpty() && (context.getBase() instanceof Mapper || context.getBase() instanceof Map);
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        String name = context.getName();
        if (context.getBase() instanceof Mapper data) {
            return data.appliesTo(name) ? CompletedStage.of(data.get(name)) : Results.notFound(context);
        }
        Map<?, ?> map = (Map<?, ?>) context.getBase();
        return map.containsKey(name) ? CompletedStage.of(map.get(name)) : Results.notFound(context);
    }
}
