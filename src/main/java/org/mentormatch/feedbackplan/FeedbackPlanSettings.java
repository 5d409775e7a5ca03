package org.mentormatch.feedbackplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentormatch.persistence.AuditedEntity;

/** A programme's feedback plan as stored (V11); a programme without one uses the defaults. */
@Entity
@Table(name = "feedback_plan")
public class FeedbackPlanSettings extends AuditedEntity {

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(name = "first_after_days")
    public int firstAfterDays;

    @Column(name = "every_days")
    public int everyDays;

    @Column(name = "when_ended")
    public boolean whenEnded;

    @Column(name = "stalled_after_days")
    public int stalledAfterDays;
}
