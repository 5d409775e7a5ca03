package org.mentormatch.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.MixQuota;
import org.mentormatch.matching.policy.Priority;
import org.mentormatch.persistence.AuditedEntity;

/** A cohort's matching policy as stored; a cohort without one is matched with the defaults. */
@Entity
@Table(name = "matching_policy")
public class PolicySettings extends AuditedEntity {

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    /** Criterion JSON name to level name; kept as JSON so that a new criterion needs no migration. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> levels;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "minimum_quality")
    public int minimumQuality;

    @Column(name = "minimum_field_closeness")
    public int minimumFieldCloseness;

    @Enumerated(EnumType.STRING)
    @Column(name = "employer_rule")
    public EmployerRule employerRule;

    /** The criteria on programme attributes, in the coordinator's order (V17). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attribute_criteria", nullable = false)
    public List<PolicyAttributeCriterion> attributeCriteria = new ArrayList<>();

    /** Mix quotas as JSON, so that a quota on a programme attribute needs no migration either. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<MixQuota> mix;

    @Column(name = "online_counts_as_local")
    public boolean onlineCountsAsLocal;
}
