package org.mentormatch.preference;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.security.ProgrammeScope;

/**
 * Which of some ids name a mentee or mentor of a cohort. A participant's connection shows them only their own
 * counterparts (V10), yet they may rank anyone of their cohort; so the check runs on a connection of its own, in
 * the programme's scope. It answers only whether ids the caller already holds belong to the cohort.
 */
@ApplicationScoped
class Roster {

    /**
     * The given ids that are profiles of the cohort on the other side of {@code side}. Call it inside
     * {@link ProgrammeScope#forProgramme}: its own transaction then gets a connection in that scope.
     */
    @Transactional(REQUIRES_NEW)
    Set<UUID> counterparts(Side side, UUID cohortId, Collection<UUID> ids) {
        String entity = side == Side.MENTEE ? Mentor.class.getSimpleName() : Mentee.class.getSimpleName();
        return new HashSet<>(Mentee.getEntityManager()
                .createQuery("select p.id from " + entity + " p where p.cohortId = :cohort and p.id in :ids", UUID.class)
                .setParameter("cohort", cohortId)
                .setParameter("ids", Set.copyOf(ids))
                .getResultList());
    }
}
