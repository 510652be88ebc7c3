package nl.gesprekscyclus.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A cluster (or group) of the organisation, e.g. "Cluster Beleid en Ontwikkeling". */
@Entity
@Table(name = "cluster")
class Cluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "approximate_fte")
    private BigDecimal approximateFte;

    private String description;

    @Version
    private long version;

    protected Cluster() {
    }

    Cluster(String code, String name, BigDecimal approximateFte, String description) {
        this.code = code;
        this.name = name;
        this.approximateFte = approximateFte;
        this.description = description;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    BigDecimal getApproximateFte() {
        return approximateFte;
    }

    String getDescription() {
        return description;
    }

    long getVersion() {
        return version;
    }

    void update(String code, String name, BigDecimal approximateFte, String description) {
        this.code = code;
        this.name = name;
        this.approximateFte = approximateFte;
        this.description = description;
    }

    ClusterSummary toSummary(long members) {
        return new ClusterSummary(id, code, name, approximateFte, description, members, version);
    }
}
