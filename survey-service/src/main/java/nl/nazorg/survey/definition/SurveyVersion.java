package nl.nazorg.survey.definition;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One saved version of a firm's survey definition; never changed after it is written. */
@Entity
@Table(name = "survey_version",
        uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "survey_id", "version"}))
public class SurveyVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public Long id;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    @Column(name = "survey_id", nullable = false, length = 64)
    public String surveyId;

    @Column(nullable = false)
    public int version;

    /** The definition as JSON, as it was validated. */
    @Column(nullable = false, columnDefinition = "text")
    public String definition;

    @Column(name = "created_by", length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
