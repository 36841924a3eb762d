package nl.nazorg.survey.firm;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** How the advisory firm (adviseurskantoor) presents itself on the survey pages its clients see. */
@Entity
@Table(name = "firm")
public class Firm extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id", length = 100)
    public String tenantId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
