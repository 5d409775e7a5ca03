package org.mentormatch.privacy;

import static jakarta.transaction.Transactional.TxType.MANDATORY;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.mentormatch.match.Match;
import org.mentormatch.matchrun.MatchProposal;
import org.mentormatch.matchrun.Reason;
import org.mentormatch.profile.Profile;

/**
 * The one anonymisation, for an erasure and for the retention job alike: the profiles lose who they were, the
 * explanations of their pairs lose the words that quoted them, and the free text loses their addresses.
 * Matches, runs, qualities and metrics stay, so the cohort's statistics survive.
 */
@ApplicationScoped
class Anonymiser {

    /** Replaces a reason's words; its constraint, level and effect stay for the statistics. */
    static final String WITHHELD = "Withheld: it described a participant whose personal data was erased.";

    private final FreeText freeText;

    Anonymiser(FreeText freeText) {
        this.freeText = freeText;
    }

    /**
     * Anonymises the profiles, in the caller's transaction, and erases their addresses from the free text within
     * {@code reach}.
     *
     * @return how many free-text values held one of their addresses
     */
    @Transactional(MANDATORY)
    int anonymise(List<? extends Profile> profiles, FreeText.Reach reach) {
        if (profiles.isEmpty()) {
            return 0;
        }
        List<String> emails = profiles.stream().map(profile -> profile.email).toList();
        List<UUID> ids = profiles.stream().map(profile -> profile.id).toList();
        // The reasons quote the profiles' interests, skills, regions and home countries.
        Match.<Match>list("menteeId in ?1 or mentorId in ?1", ids)
                .forEach(match -> match.reasons = withheld(match.reasons));
        MatchProposal.<MatchProposal>list("menteeId in ?1 or mentorId in ?1", ids)
                .forEach(proposal -> proposal.reasons = withheld(proposal.reasons));
        OffsetDateTime now = OffsetDateTime.now();
        profiles.forEach(profile -> profile.anonymise(now));
        // The free text is rewritten in SQL: the entities' changes must be in the database first.
        Panache.getEntityManager().flush();
        return freeText.erase(reach, emails);
    }

    private static List<Reason> withheld(List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> new Reason(reason.constraint(), reason.level(), reason.effect(), WITHHELD))
                .toList();
    }
}
