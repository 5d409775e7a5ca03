package org.mentormatch.participant;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mentormatch.audit.Actor;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Profile;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.security.TokenIssuer;
import org.mentormatch.security.TokenIssuer.IssuedToken;

/**
 * Invites a mentee or mentor to act on their own data: signs a participant token for their profile and keeps its id
 * as the one that is honoured, so inviting again withdraws the earlier token. The token reaches no log or audit entry.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    /** Where the page for a participant lives, under the public URL; the token is the segment after it. */
    public static final String PAGE_PATH = "participant/";

    private static final Logger LOG = Logger.getLogger(InvitationService.class);

    private final CohortService cohorts;
    private final TokenIssuer issuer;
    private final AuditTrail audit;
    private final Actor actor;
    private final Optional<URI> publicUrl;

    InvitationService(CohortService cohorts, TokenIssuer issuer, AuditTrail audit, Actor actor,
            @ConfigProperty(name = "mentor-match.public-url") Optional<URI> publicUrl) {
        this.cohorts = cohorts;
        this.issuer = issuer;
        this.audit = audit;
        this.actor = actor;
        this.publicUrl = publicUrl;
    }

    /** @param requestBase the request's base URI, the link's base unless {@code mentor-match.public-url} is set */
    public InvitationResponse invite(Class<? extends Profile> kind, UUID programmeId, UUID cohortId, UUID profileId,
            InvitationRequest request, URI requestBase) {
        cohorts.require(programmeId, cohortId);
        Profile profile = lockedProfile(kind, cohortId, profileId);
        if (!issuer.canIssue()) {
            throw NotFound.unavailable("tokens-from-identity-provider", ("This deployment uses an identity provider: "
                    + "give the participant a token there with role participant, programmes [%s] and participant %s")
                    .formatted(programmeId, profileId));
        }
        String side = kind.getSimpleName().toLowerCase(Locale.ROOT);
        if (profile.isAnonymised() || profile.isWithdrawn()) {
            throw new Conflict(profile.isAnonymised() ? "anonymised" : "withdrawn",
                    "%s %s has %s and cannot be invited".formatted(kind.getSimpleName(), profileId,
                            profile.isAnonymised() ? "been anonymised" : "left the programme"));
        }
        Invitation invitation = Invitation.of(profileId).orElseGet(() -> fresh(profile));
        boolean replacing = invitation.tokenId != null;
        invitation.tokenId = UUID.randomUUID();
        IssuedToken issued = issuer.issueParticipant(side + ":" + profileId, programmeId, profileId, invitation.tokenId,
                InvitationRequest.validFor(request));
        invitation.invitedBy = actor.name();
        invitation.invitedAt = OffsetDateTime.now();
        invitation.expiresAt = issued.expiresAt().atOffset(ZoneOffset.UTC);
        invitation.persist();
        audit.record(cohortId, "PARTICIPANT_INVITED", profileId, null, "%s %s invited until %s%s".formatted(side, profileId,
                issued.expiresAt(), replacing ? "; the earlier invitation no longer works" : ""));
        LOG.infof("%s %s invited in cohort %s", kind.getSimpleName(), profileId, cohortId);
        return new InvitationResponse(link(requestBase, issued.token()), issued.token(), issued.expiresAt());
    }

    /** Locked, so that two invitations of one person at once end with one honoured token, not a clash. */
    private static Profile lockedProfile(Class<? extends Profile> kind, UUID cohortId, UUID profileId) {
        Profile profile = Panache.getEntityManager().find(kind, profileId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null || !profile.cohortId.equals(cohortId)) {
            throw new NotFound(kind.getSimpleName(), profileId);
        }
        return profile;
    }

    private static Invitation fresh(Profile profile) {
        Invitation invitation = new Invitation();
        invitation.cohortId = profile.cohortId;
        if (profile instanceof Mentee) {
            invitation.menteeId = profile.id;
        } else {
            invitation.mentorId = profile.id;
        }
        return invitation;
    }

    private String link(URI requestBase, String token) {
        String base = publicUrl.orElse(requestBase).toString();
        return (base.endsWith("/") ? base : base + "/") + PAGE_PATH + token;
    }
}
