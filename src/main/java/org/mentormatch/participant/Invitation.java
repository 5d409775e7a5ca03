package org.mentormatch.participant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A profile's current invitation: the id ({@code jti}) of the one participant token that is still honoured.
 * Inviting again overwrites it; the token itself is never stored.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    /** Set for a mentee's invitation; a mentor's has {@link #mentorId} instead. */
    @Column(name = "mentee_id", updatable = false)
    public UUID menteeId;

    @Column(name = "mentor_id", updatable = false)
    public UUID mentorId;

    @Column(name = "token_id", nullable = false)
    public UUID tokenId;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    @Column(name = "invited_at", nullable = false)
    public OffsetDateTime invitedAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** The invitation of a mentee's or mentor's profile, if they were ever invited. */
    static Optional<Invitation> of(UUID profileId) {
        return find("menteeId = ?1 or mentorId = ?1", profileId).firstResultOptional();
    }
}
