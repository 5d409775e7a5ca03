package org.mentormatch.participant;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentormatch.api.ETags;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.match.Match;
import org.mentormatch.match.MatchStatus;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.MenteeResponse;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.Profile;
import org.mentormatch.profile.ProfileKind;
import org.mentormatch.profile.ProfileService;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.security.Access;

/**
 * A participant's own profile and pairs. Every query runs on a connection narrowed to their rows (row-level
 * security, migration V10), so the profile id from their token is the only one these queries could reach.
 */
@ApplicationScoped
@Transactional
public class MeService {

    private final Access access;
    private final ProfileService profiles;

    MeService(Access access, ProfileService profiles) {
        this.access = access;
        this.profiles = profiles;
    }

    @Transactional(SUPPORTS)
    public MeResponse read() {
        return describe(own());
    }

    /** Their own changes, as a merge patch (the members {@link OwnChanges} allows) on the version they read. */
    public MeResponse patch(String ifMatch, JsonNode patch) throws JsonProcessingException {
        Profile profile = own();
        OwnChanges.require(patch, profile);
        ETags.requireCurrent(ifMatch, profile.version);
        UUID programmeId = programmeOf(profile);
        if (profile instanceof Mentee) {
            profiles.patch(ProfileKind.MENTEES, programmeId, profile.cohortId, profile.id, ifMatch, patch);
        } else {
            profiles.patch(ProfileKind.MENTORS, programmeId, profile.cohortId, profile.id, ifMatch, patch);
        }
        return describe(profile);
    }

    /** The participant's profile id, as their token names it. */
    public UUID ownId() {
        return access.requireParticipant();
    }

    private Profile own() {
        UUID id = ownId();
        return Optional.<Profile>ofNullable(Mentee.findById(id))
                .or(() -> Optional.ofNullable(Mentor.findById(id)))
                .orElseThrow(() -> new NotFound("Participant", id));
    }

    private static UUID programmeOf(Profile profile) {
        return Cohort.<Cohort>findById(profile.cohortId).programmeId;
    }

    private static MeResponse describe(Profile profile) {
        boolean mentee = profile instanceof Mentee;
        List<CurrentMatch> matches = Match.<Match>list(
                        (mentee ? "menteeId" : "mentorId") + " = ?1 and status in ?2", Sort.by("createdAt").and("id"),
                        profile.id, MatchStatus.LIVE).stream()
                .map(match -> CurrentMatch.of(match, mentee ? Mentor.<Mentor>findById(match.mentorId) : Mentee.<Mentee>findById(match.menteeId)))
                .toList();
        return new MeResponse(mentee ? MeResponse.Side.MENTEE : MeResponse.Side.MENTOR, profile.id, programmeOf(profile),
                profile.cohortId, profile.displayName, profile.email, profile.field, profile.skills, profile.interests,
                profile.languages, profile.region, mentee ? MenteeResponse.of((Mentee) profile).wishes() : null,
                profile.availabilityNote, profile.consent(), profile.withdrawnOn, profile.attributes, profile.version,
                matches.isEmpty() ? null : matches);
    }
}
