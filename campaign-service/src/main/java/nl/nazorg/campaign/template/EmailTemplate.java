package nl.nazorg.campaign.template;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A firm's own template (Qute), Dutch required, English optional; validated on every save. */
@Entity
@Table(name = "email_template", indexes = @Index(name = "email_template_tenant", columnList = "tenantId"))
public class EmailTemplate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String subjectNl;

    @Column(nullable = false, columnDefinition = "text")
    public String bodyNl;

    public String subjectEn;

    @Column(columnDefinition = "text")
    public String bodyEn;

    @Column(nullable = false)
    public Instant updatedAt;

    /** A row read by the reactive client: a plain value, not a managed entity. */
    static EmailTemplate of(Row row) {
        EmailTemplate template = new EmailTemplate();
        template.id = row.getUUID("id");
        template.tenantId = row.getString("tenant_id");
        template.name = row.getString("name");
        template.subjectNl = row.getString("subject_nl");
        template.bodyNl = row.getString("body_nl");
        template.subjectEn = row.getString("subject_en");
        template.bodyEn = row.getString("body_en");
        return template;
    }

    public TemplateContent content(String language) {
        if ("en".equals(language) && subjectEn != null && bodyEn != null) {
            return new TemplateContent(id.toString(), "en", subjectEn, bodyEn);
        }
        return new TemplateContent(id.toString(), "nl", subjectNl, bodyNl);
    }
}
