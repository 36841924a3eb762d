package nl.nazorg.campaign.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.storage.SetStatements;
import nl.nazorg.events.client.Child;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.messaging.consumer.PoisonRecordException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.nazorg.campaign.storage.SqlColumns.names;
import static nl.nazorg.campaign.storage.SqlColumns.texts;
import static nl.nazorg.campaign.storage.SqlColumns.times;

/**
 * Applies client-profiles.v1 to {@link Contact} a poll at a time, on the consumer's transaction: one multi-row upsert
 * of the newest profile per client (never older over newer), erasures as one DELETE.
 */
@ApplicationScoped
public class ContactProjection {

    /** Locks the stored rows in key order (two polls cannot deadlock) and tells their tenants. */
    private static final String STORED_TENANTS = """
            SELECT client_id, tenant_id FROM contact WHERE client_id = ANY($1::text[]) ORDER BY client_id FOR UPDATE""";

    /**
     * Our own unsubscribe stays until the profile shows a fresh opt-in given after it ($19: the consent statuses that
     * allow marketing e-mail).
     */
    private static final String UPSERT = """
            INSERT INTO contact AS c (client_id, tenant_id, initials, first_name, last_name_prefix, last_name, salutation,
                                      date_of_birth, email, preferred_channel, language, adviser_id, tier, consent_status,
                                      consent_legal_basis, consent_since, open_arrears, children_json, aggregate_version)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                 $8::date[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                                 $15::text[], $16::timestamptz[], $17::boolean[], $18::text[], $20::bigint[])
                     AS p(client_id, tenant_id, initials, first_name, last_name_prefix, last_name, salutation,
                          date_of_birth, email, preferred_channel, language, adviser_id, tier, consent_status,
                          consent_legal_basis, consent_since, open_arrears, children_json, aggregate_version)
            ORDER BY client_id
            ON CONFLICT (client_id) DO UPDATE SET
                tenant_id = excluded.tenant_id, initials = excluded.initials, first_name = excluded.first_name,
                last_name_prefix = excluded.last_name_prefix, last_name = excluded.last_name,
                salutation = excluded.salutation, date_of_birth = excluded.date_of_birth, email = excluded.email,
                preferred_channel = excluded.preferred_channel, language = excluded.language,
                adviser_id = excluded.adviser_id, tier = excluded.tier, consent_status = excluded.consent_status,
                consent_legal_basis = excluded.consent_legal_basis, consent_since = excluded.consent_since,
                open_arrears = excluded.open_arrears, children_json = excluded.children_json,
                aggregate_version = excluded.aggregate_version,
                unsubscribed_at = CASE WHEN c.unsubscribed_at IS NOT NULL AND excluded.consent_status = ANY($19::text[])
                                            AND excluded.consent_since > c.unsubscribed_at
                                       THEN NULL ELSE c.unsubscribed_at END
            WHERE c.aggregate_version IS NULL OR c.aggregate_version < excluded.aggregate_version""";

    private static final String ERASE = "DELETE FROM contact WHERE client_id = ANY($1::text[])";

    private static final String[] MARKETING_ALLOWED = Arrays.stream(ConsentStatus.values())
            .filter(ConsentStatus::allowsMarketingEmail).map(Enum::name).toArray(String[]::new);

    @Inject
    ObjectMapper json;

    /**
     * @param newest at most one profile per client, its newest in the poll
     * @throws PoisonRecordException (as a failed Uni) when a stored client belongs to another tenant
     */
    public Uni<Void> apply(SqlConnection transaction, List<ClientProfile> newest) {
        if (newest.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(STORED_TENANTS).execute(Tuple.of(texts(newest, ClientProfile::clientId)))
                .invoke(stored -> requireSameTenants(stored, newest))
                .chain(() -> transaction.preparedQuery(UPSERT).execute(columns(newest)))
                .replaceWithVoid();
    }

    public Uni<Void> erase(SqlConnection transaction, Collection<String> clientIds) {
        return SetStatements.execute(transaction, ERASE, clientIds.toArray(String[]::new));
    }

    private static void requireSameTenants(Iterable<Row> stored, List<ClientProfile> profiles) {
        Map<String, String> tenants = new LinkedHashMap<>();
        stored.forEach(row -> tenants.put(row.getString("client_id"), row.getString("tenant_id")));
        for (ClientProfile profile : profiles) {
            String tenant = tenants.get(profile.clientId());
            if (tenant != null && !tenant.equals(profile.tenantId())) {
                throw new PoisonRecordException("tenantId differs from the stored client's tenant");
            }
        }
    }

    private Tuple columns(List<ClientProfile> profiles) {
        return Tuple.from(Arrays.<Object>asList(
                texts(profiles, ClientProfile::clientId),
                texts(profiles, ClientProfile::tenantId),
                texts(profiles, p -> p.name() == null ? null : p.name().initials()),
                texts(profiles, p -> p.name() == null ? null : p.name().firstName()),
                texts(profiles, p -> p.name() == null ? null : p.name().lastNamePrefix()),
                texts(profiles, p -> p.name() == null ? null : p.name().lastName()),
                names(profiles, ClientProfile::salutation),
                profiles.stream().map(ClientProfile::dateOfBirth).toArray(LocalDate[]::new),
                texts(profiles, ClientProfile::email),
                names(profiles, ClientProfile::preferredChannel),
                texts(profiles, p -> p.language().code()),
                texts(profiles, ClientProfile::adviserId),
                names(profiles, p -> p.subscription().tier()),
                names(profiles, p -> p.marketingEmailConsent().status()),
                names(profiles, p -> p.marketingEmailConsent().legalBasis()),
                times(profiles, p -> p.marketingEmailConsent().since()),
                profiles.stream().map(p -> p.paymentArrears().stream().anyMatch(a -> !a.resolved())).toArray(Boolean[]::new),
                texts(profiles, this::children),
                MARKETING_ALLOWED,
                profiles.stream().map(ClientProfile::version).toArray(Long[]::new)));
    }

    /** childId → first name, as JSON; the e-mail names a child, signals carry only the id. */
    private String children(ClientProfile profile) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Child child : profile.household().children()) {
            if (child.childId() != null && child.firstName() != null) {
                names.put(child.childId(), child.firstName());
            }
        }
        try {
            return json.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
