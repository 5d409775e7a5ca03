package org.mentormatch.privacy;

import java.util.List;
import org.mentormatch.match.MatchStatus;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.Set;
import java.util.EnumSet;
import org.mentormatch.checkin.CheckInResponse;
import org.mentormatch.feedback.FeedbackResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.audit.AuditEventResponse;
import org.mentormatch.cohort.CohortResponse;
import org.mentormatch.profile.MenteeResponse;
import org.mentormatch.profile.MentorResponse;
import org.mentormatch.outcome.OutcomeResponse;
import org.mentormatch.preference.StatedPreferences;

/** One profile of the person and everything that names it. */
@Schema(name = "HeldProfile", description = "One mentor or mentee profile of the person, and everything that names it")
public record HeldProfile(
        ParticipantRole role,
        @Schema(description = "The cohort the profile belongs to") CohortResponse cohort,
        @Schema(description = "The profile, when they are a mentor in this cohort") MentorResponse mentor,
        @Schema(description = "The profile, when they are a mentee in this cohort") MenteeResponse mentee,
        @Schema(description = "Their matches, oldest first") List<HeldMatch> matches,
        @Schema(description = "The meetings recorded for their matches, by date") List<CheckInResponse> checkIns,
        @Schema(description = "Feedback answers about their matches, both sides', by round") List<FeedbackResponse> feedback,
        @Schema(description = "Every run proposal that names them, oldest run first") List<HeldProposal> proposals,
        @Schema(description = "Pairs with them that a coordinator ruled out") List<HeldExclusion> exclusions,
        @Schema(description = "Coordinators' ratings of pairs with them") List<HeldAffinity> affinities,
        @Schema(description = "What they achieved as a mentee (jobs, education), by date; empty for a mentor")
        List<OutcomeResponse> outcomes,
        @Schema(description = "Audit events about the profile or its matches, oldest first")
        List<AuditEventResponse> auditEvents,
        @Schema(description = "What they stated: a mentee's ranking of mentors, a mentor's accepts and declines")
        StatedPreferences preferences) {

    /**
     * What the person may be shown of this themselves (their own export, GET /me's rules): the pairs they were told
     * of (ACCEPTED, PUBLISHED, ENDED) and those pairs' meetings, their own side's feedback; not the review's
     * proposals and rejections, nor what the counterpart answered about them.
     */
    HeldProfile asShownToTheSubject() {
        List<HeldMatch> told = matches.stream()
                .filter(held -> TOLD.contains(held.match().status()))
                .toList();
        Set<UUID> toldIds = told.stream().map(held -> held.match().id()).collect(Collectors.toSet());
        return new HeldProfile(role, cohort, mentor, mentee, told,
                checkIns.stream().filter(checkIn -> toldIds.contains(checkIn.matchId())).toList(),
                feedback.stream().filter(answer -> toldIds.contains(answer.matchId()) && answer.side().name().equals(role.name()))
                        .toList(),
                List.of(), List.of(), List.of(), outcomes, List.of(), preferences);
    }

    private static final Set<MatchStatus> TOLD = EnumSet.of(MatchStatus.ACCEPTED, MatchStatus.PUBLISHED, MatchStatus.ENDED);
}
