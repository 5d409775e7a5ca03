package org.mentormatch.matchrun;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A run's proposal for one mentee: a mentor or none, and why. Written once when the run ends. */
@Entity
@Table(name = "match_proposal")
public class MatchProposal extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "run_id", nullable = false, updatable = false)
    public UUID runId;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    public UUID menteeId;

    @Column(name = "mentor_id", updatable = false)
    public UUID mentorId;

    /** 0-100; null when the mentee is unmatched. */
    public Integer quality;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Reason> reasons;
}
