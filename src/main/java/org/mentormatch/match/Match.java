package org.mentormatch.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentormatch.matchrun.Reason;
import org.mentormatch.persistence.AuditedEntity;

/** A pair in a cohort's review: the engine's proposal or a coordinator's hand match, and the decision on it. */
@Entity
@Table(name = "match")
public class Match extends AuditedEntity {

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    public UUID menteeId;

    @Column(name = "mentor_id", nullable = false, updatable = false)
    public UUID mentorId;

    @Enumerated(EnumType.STRING)
    public MatchStatus status;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public MatchSource source;

    /** The run that proposed it; null for a hand match. */
    @Column(name = "run_id", updatable = false)
    public UUID runId;

    public Integer quality;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Reason> reasons = new ArrayList<>();

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** When the pair was published: the programme year's clocks (feedback rounds, stalling) start here. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Why a coordinator made this pair although it breaks a rule; null when it breaks none. */
    @Column(name = "override_reason", updatable = false)
    public String overrideReason;

    void decide(MatchStatus status, String actor, String reason) {
        this.status = status;
        this.decidedBy = actor;
        this.decidedAt = OffsetDateTime.now();
        this.decisionReason = reason;
        if (status == MatchStatus.PUBLISHED) {
            this.publishedAt = this.decidedAt;
        }
    }
}
