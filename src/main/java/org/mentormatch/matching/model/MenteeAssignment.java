package org.mentormatch.matching.model;

import java.util.UUID;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** The one decision per mentee: which mentor, if any. A pinned assignment (a confirmed pair) is left alone. */
@PlanningEntity
public class MenteeAssignment {

    @PlanningId
    private UUID id;
    private MenteeFact mentee;
    // mentee.index(), kept here so that a score calculation finds the pair without visiting the mentee.
    private int menteeIndex;
    // Nullable: leaving a mentee unmatched is allowed, and penalised, rather than forcing a bad pair.
    @PlanningVariable(nullable = true)
    private MentorFact mentor;
    @PlanningPin
    private boolean pinned;
    // The run's pair table, so that a score calculation reads the pair without joining the table in.
    private PairTable pairTable;

    public MenteeAssignment() {
        // For OptaPlanner's planning clone.
    }

    public MenteeAssignment(MenteeFact mentee, MentorFact mentor, boolean pinned) {
        this.id = mentee.id();
        this.mentee = mentee;
        this.menteeIndex = mentee.index();
        this.mentor = mentor;
        this.pinned = pinned;
    }

    public static MenteeAssignment unassigned(MenteeFact mentee) {
        return new MenteeAssignment(mentee, null, false);
    }

    public UUID getId() {
        return id;
    }

    public MenteeFact getMentee() {
        return mentee;
    }

    /** The mentee's dense index in the run, as {@link MenteeFact#index()}. */
    public int getMenteeIndex() {
        return menteeIndex;
    }

    public MentorFact getMentor() {
        return mentor;
    }

    public void setMentor(MentorFact mentor) {
        this.mentor = mentor;
    }

    /** The pair table of the run this assignment is part of: {@link MatchPlan} sets it on its assignments. */
    public PairTable getPairTable() {
        return pairTable;
    }

    public void setPairTable(PairTable pairTable) {
        this.pairTable = pairTable;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return mentee + " -> " + mentor;
    }
}
