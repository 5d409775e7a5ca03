package org.mentormatch.checkin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting of a pair (V9's check_in): written once, never changed. */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "match_id", nullable = false, updatable = false)
    public UUID matchId;

    @Column(name = "met_on", nullable = false, updatable = false)
    public LocalDate metOn;

    @Column(nullable = false, updatable = false)
    public int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CheckInMode mode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false, columnDefinition = "text[]")
    public List<String> topics = new ArrayList<>();

    @Column(updatable = false)
    public String note;

    /** COORDINATOR, MENTEE or MENTOR. */
    @Column(name = "recorded_as", nullable = false, updatable = false)
    public String recordedAs;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
