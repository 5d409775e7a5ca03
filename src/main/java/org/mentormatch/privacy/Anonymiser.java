package org.mentormatch.privacy;

import static jakarta.transaction.Transactional.TxType.MANDATORY;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.mentormatch.profile.Profile;

/**
 * The one anonymisation, for an erasure and for the retention job alike: the profiles lose who they were, the
 * explanations of their pairs lose the words that quoted them, their outcomes lose the note and the finer
 * occupation digits, their pairs' meetings and feedback lose their notes and comments, their stated choices and
 * the choices naming them go, and the free text loses their addresses. Matches, runs, qualities, metrics and what the
 * outcomes count stay, so the cohort's statistics survive.
 */
@ApplicationScoped
class Anonymiser {

    /** Replaces a reason's words; its constraint, level and effect stay for the statistics. */
    static final String WITHHELD = "Withheld: it described a participant whose personal data was erased.";

    /**
     * Each reason keeps its constraint, level, effect and place in the list; only its description changes. The ids
     * as a set (unnest) rather than {@code = any(array)}: a whole cohort's 17,000 ids would be compared per row.
     */
    private static final String WITHHOLD = """
            update %s set reasons = (
                select coalesce(jsonb_agg(jsonb_set(reason, '{description}', to_jsonb(cast(:withheld as text))) order by n),
                                '[]'::jsonb)
                from jsonb_array_elements(reasons) with ordinality as r(reason, n))%s
            where mentee_id in (select unnest(cast(:ids as uuid[]))) or mentor_id in (select unnest(cast(:ids as uuid[])))""";

    /**
     * An outcome keeps what the reports count: its type, date, whether it came through the mentor's network (one
     * yes/no that many outcomes share names nobody) and the occupation's 2-digit ISCO-08 sub-major group, as the
     * profile keeps its field. The note, the person's own story, goes.
     */
    private static final String CUT_OUTCOMES = """
            update outcome set note = null, occupation = left(occupation, 2), version = version + 1, updated_at = now()
            where mentee_id in (select unnest(cast(:ids as uuid[])))
              and (note is not null or length(occupation) > 2)""";

    /**
     * A meeting's note and topics and a feedback comment are the pair's own words about each other: they go with
     * either side's erasure. When and how long they met, and the fit and wish to go on, stay for the reports.
     */
    private static final String CUT_CHECK_INS = """
            update check_in set note = null, topics = '{}'
            where match_id in (select id from match where mentee_id in (select unnest(cast(:ids as uuid[])))
                                                     or mentor_id in (select unnest(cast(:ids as uuid[]))))
              and (note is not null or cardinality(topics) > 0)""";
    private static final String CUT_FEEDBACK = """
            update feedback set comment = null
            where match_id in (select id from match where mentee_id in (select unnest(cast(:ids as uuid[])))
                                                     or mentor_id in (select unnest(cast(:ids as uuid[]))))
              and comment is not null""";

    /** Their invitation goes, so the link they were sent stops working (401) rather than showing what is left. */
    private static final String WITHDRAW_INVITATIONS = """
            delete from invitation
            where mentee_id in (select unnest(cast(:ids as uuid[]))) or mentor_id in (select unnest(cast(:ids as uuid[])))""";

    /**
     * What they stated goes, and so does what others stated about them (a mentor's decline names the mentee): the
     * others' lists keep their remaining ids in order.
     */
    private static final String FORGET_STATEMENTS = """
            delete from stated_preference
            where mentee_id in (select unnest(cast(:ids as uuid[]))) or mentor_id in (select unnest(cast(:ids as uuid[])))""";
    private static final String FORGET_MENTIONS = """
            update stated_preference set
                ranked = array(select id from unnest(ranked) with ordinality as r(id, n)
                               where id <> all(cast(:ids as uuid[])) order by n),
                accepts = array(select id from unnest(accepts) as a(id) where id <> all(cast(:ids as uuid[]))),
                declines = array(select id from unnest(declines) as d(id) where id <> all(cast(:ids as uuid[]))),
                version = version + 1, updated_at = now()
            where ranked && cast(:ids as uuid[]) or accepts && cast(:ids as uuid[]) or declines && cast(:ids as uuid[])""";

    private static final String FORGET_KEPT_ANSWERS = """
            delete from idempotency_key
            where body is not null and exists (select 1 from unnest(cast(:ids as text[])) as erased(id) where strpos(body, erased.id) > 0)""";

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
        OffsetDateTime now = OffsetDateTime.now();
        profiles.forEach(profile -> profile.anonymise(now));
        // The reasons and the free text are rewritten in SQL: the entities' changes must be in the database first.
        Panache.getEntityManager().flush();
        // The reasons quote the profiles' interests, skills, regions and home countries. Rewritten where they
        // are, in one statement per table: a large cohort's matches and proposals need not be loaded for it.
        String ids = profiles.stream().map(profile -> profile.id.toString()).collect(Collectors.joining(",", "{", "}"));
        withholdReasons("match", ", version = version + 1, updated_at = now()", ids);
        withholdReasons("match_proposal", "", ids);
        Panache.getEntityManager().createNativeQuery(CUT_OUTCOMES).setParameter("ids", ids).executeUpdate();
        Panache.getEntityManager().createNativeQuery(CUT_CHECK_INS).setParameter("ids", ids).executeUpdate();
        Panache.getEntityManager().createNativeQuery(CUT_FEEDBACK).setParameter("ids", ids).executeUpdate();
        Panache.getEntityManager().createNativeQuery(WITHDRAW_INVITATIONS).setParameter("ids", ids).executeUpdate();
        Panache.getEntityManager().createNativeQuery(FORGET_STATEMENTS).setParameter("ids", ids).executeUpdate();
        Panache.getEntityManager().createNativeQuery(FORGET_MENTIONS).setParameter("ids", ids).executeUpdate();
        // A create's kept answer (Idempotency-Key, up to 24 h) may be their profile or a pair naming them: forgotten,
        // so that no retry replays what was erased.
        Panache.getEntityManager().createNativeQuery(FORGET_KEPT_ANSWERS).setParameter("ids", ids).executeUpdate();
        // What the session may already hold of those rows is stale now.
        Panache.getEntityManager().clear();
        return freeText.erase(reach, emails);
    }

    private static void withholdReasons(String table, String alsoSet, String ids) {
        Panache.getEntityManager().createNativeQuery(WITHHOLD.formatted(table, alsoSet))
                .setParameter("withheld", WITHHELD)
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
