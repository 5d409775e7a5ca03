package org.mentormatch.preference;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.Profile;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.refusal.Violation;
import org.mentormatch.security.Access;
import org.mentormatch.security.ProgrammeScope;

/**
 * Stated choices, written by a coordinator or by the participant themselves. Nothing stated is version 0, a stored
 * statement counts from 1 (its row version + 1), as the matching policy does, so that a write based on "nothing
 * stated" is refused once someone else has stated something.
 */
@ApplicationScoped
@Transactional
public class PreferenceService {

    /** A mentee ranks at most this many mentors: the grade tells the first three apart, the rest count alike. */
    public static final int MAX_RANKED = 10;
    /** A mentor's accepts and declines each name at most this many mentees. */
    public static final int MAX_LISTED = 500;

    private static final Logger LOG = Logger.getLogger(PreferenceService.class);

    private final CohortService cohorts;
    private final Roster roster;
    private final Access access;

    PreferenceService(CohortService cohorts, Roster roster, Access access) {
        this.cohorts = cohorts;
        this.roster = roster;
        this.access = access;
    }

    @Transactional(SUPPORTS)
    StatedPreferences get(Side side, UUID programmeId, UUID cohortId, UUID personId) {
        Profile person = require(side, programmeId, cohortId, personId);
        return describe(side, find(side, person.id));
    }

    /** A coordinator's write; If-Match is optional, as for the matching policy. */
    StatedPreferences replace(Side side, UUID programmeId, UUID cohortId, UUID personId, String ifMatch,
            StatedPreferences requested) {
        Profile person = require(side, programmeId, cohortId, personId);
        StatedPreference stored = find(side, person.id);
        ETags.requireMatch(ifMatch, versionOf(stored));
        return write(side, programmeId, person, stored, requested);
    }

    /** What the profile's person stated, for their personal data export. */
    @Transactional(SUPPORTS)
    public StatedPreferences statedBy(Profile person) {
        Side side = sideOf(person);
        return describe(side, find(side, person.id));
    }

    @Transactional(SUPPORTS)
    StatedPreferences getOwn() {
        Profile person = own();
        Side side = sideOf(person);
        return describe(side, find(side, person.id));
    }

    /** The participant's own write; If-Match is required (428), as for their profile. */
    StatedPreferences replaceOwn(String ifMatch, StatedPreferences requested) {
        Profile person = own();
        Side side = sideOf(person);
        StatedPreference stored = find(side, person.id);
        ETags.requireCurrent(ifMatch, versionOf(stored));
        return write(side, Cohort.<Cohort>findById(person.cohortId).programmeId, person, stored, requested);
    }

    private StatedPreferences write(Side side, UUID programmeId, Profile person, StatedPreference stored,
            StatedPreferences requested) {
        if (person.isAnonymised()) {
            throw new Conflict("anonymised", "The profile was anonymised; nothing can be stated in its name");
        }
        List<Violation> violations = new ArrayList<>(misplaced(side, requested));
        // Only the side's own lists are checked further: the other side's are refused above whatever they hold.
        List<UUID> ranked = side == Side.MENTEE ? listed(requested.ranked()) : new ArrayList<>();
        List<UUID> accepts = side == Side.MENTOR ? listed(requested.accepts()) : new ArrayList<>();
        List<UUID> declines = side == Side.MENTOR ? listed(requested.declines()) : new ArrayList<>();
        Set<UUID> named = new LinkedHashSet<>(ranked);
        named.addAll(accepts);
        named.addAll(declines);
        Set<UUID> known = named.isEmpty() ? Set.of()
                : ProgrammeScope.forProgramme(programmeId, () -> roster.counterparts(side, person.cohortId, named));
        violations.addAll(checked("ranked", ranked, known, side.counterpart(), Map.of()));
        violations.addAll(checked("accepts", accepts, known, side.counterpart(), Map.of()));
        violations.addAll(checked("declines", declines, known, side.counterpart(), positions(accepts)));
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        StatedPreference preference = stored;
        if (preference == null) {
            preference = new StatedPreference();
            preference.cohortId = person.cohortId;
            if (side == Side.MENTEE) {
                preference.menteeId = person.id;
            } else {
                preference.mentorId = person.id;
            }
        }
        preference.ranked = ranked;
        preference.accepts = accepts;
        preference.declines = declines;
        store(preference);
        LOG.infof("Stated preferences of %s %s set", side.name().toLowerCase(), person.id);
        return describe(side, preference);
    }

    /** A mentee ranks, a mentor accepts and declines: the other side's lists are refused, not ignored. */
    private static List<Violation> misplaced(Side side, StatedPreferences requested) {
        List<Violation> misplaced = new ArrayList<>();
        if (side == Side.MENTEE) {
            if (requested.accepts() != null) {
                misplaced.add(new Violation("accepts", "is for mentors; a mentee ranks mentors in ranked"));
            }
            if (requested.declines() != null) {
                misplaced.add(new Violation("declines", "is for mentors; a mentee ranks mentors in ranked"));
            }
        } else if (requested.ranked() != null) {
            misplaced.add(new Violation("ranked", "is for mentees; a mentor states accepts and declines"));
        }
        return misplaced;
    }

    /** Each entry must name a counterpart of the cohort, once, and (for declines) not one also accepted. */
    private static List<Violation> checked(String field, List<UUID> ids, Set<UUID> known, String counterpart,
            Map<UUID, Integer> elsewhere) {
        List<Violation> violations = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String at = "%s[%d]".formatted(field, i);
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                violations.add(new Violation(at, "names the same %s as %s[%d]".formatted(counterpart, field, first)));
            } else if (!known.contains(id)) {
                violations.add(new Violation(at, "is not a %s of this cohort".formatted(counterpart)));
            } else if (elsewhere.containsKey(id)) {
                violations.add(new Violation(at, "is also accepted (accepts[%d]); a mentee is accepted or declined"
                        .formatted(elsewhere.get(id))));
            }
        }
        return violations;
    }

    private static Map<UUID, Integer> positions(List<UUID> ids) {
        Map<UUID, Integer> positions = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.putIfAbsent(ids.get(i), i);
        }
        return positions;
    }

    private static List<UUID> listed(List<UUID> ids) {
        return ids == null ? new ArrayList<>() : new ArrayList<>(ids);
    }

    private static StatedPreferences describe(Side side, StatedPreference stored) {
        long version = versionOf(stored);
        if (side == Side.MENTEE) {
            return StatedPreferences.ofMentee(stored == null ? List.of() : stored.ranked, version);
        }
        return StatedPreferences.ofMentor(stored == null ? List.of() : stored.accepts,
                stored == null ? List.of() : stored.declines, version);
    }

    /** 0 while nothing is stated, then 1, 2, ... for each stored change. */
    private static long versionOf(StatedPreference stored) {
        return stored == null ? 0 : stored.version + 1;
    }

    /** Two first statements of one person can both find none stored; the unique key lets one win (412 for the other). */
    private static void store(StatedPreference preference) {
        try {
            preference.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "stated_preference_mentee_id_key")
                    || Constraints.violated(e, "stated_preference_mentor_id_key")) {
                throw new OptimisticLockException("Stated preferences stored concurrently", e);
            }
            throw e;
        }
    }

    private static StatedPreference find(Side side, UUID personId) {
        return StatedPreference.<StatedPreference>find(side.idProperty(), personId).firstResult();
    }

    private Profile require(Side side, UUID programmeId, UUID cohortId, UUID personId) {
        cohorts.require(programmeId, cohortId);
        Profile person = side == Side.MENTEE ? Mentee.findById(personId) : Mentor.findById(personId);
        if (person == null || !person.cohortId.equals(cohortId)) {
            throw new NotFound(side == Side.MENTEE ? "Mentee" : "Mentor", personId);
        }
        return person;
    }

    /** The participant's own profile; their connection shows no other (V10). */
    private Profile own() {
        UUID id = access.requireParticipant();
        Mentee mentee = Mentee.findById(id);
        if (mentee != null) {
            return mentee;
        }
        Mentor mentor = Mentor.findById(id);
        if (mentor == null) {
            throw new NotFound("Participant", id);
        }
        return mentor;
    }

    private static Side sideOf(Profile person) {
        return person instanceof Mentee ? Side.MENTEE : Side.MENTOR;
    }
}
