package org.mentormatch.privacy;

import static jakarta.transaction.Transactional.TxType.MANDATORY;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Erases e-mail addresses from every column that people write words into: names and descriptions, notes,
 * reasons, actors and the engine's explanations. Coordinators quote addresses there ("asked by li@…", a token
 * subject that is an address), so anonymising the profile alone would leave them behind.
 */
@ApplicationScoped
class FreeText {

    static final String PLACEHOLDER = "[erased]";
    /** For an address shorter than the placeholder: a replacement never makes a text longer than its column allows. */
    private static final String SHORT_PLACEHOLDER = "[x]";
    private static final int ADDRESSES_PER_PATTERN = 100;

    /** Every free-text column of V1-V12, and how its rows belong to a cohort; a new one belongs here. */
    private static final List<TextColumn> COLUMNS = List.of(
            new TextColumn("programme", "name", false, Owner.PROGRAMME),
            new TextColumn("programme", "description", false, Owner.PROGRAMME),
            new TextColumn("cohort", "name", false, Owner.COHORT),
            new TextColumn("mentee", "wish_note", false, Owner.COHORT_ID),
            new TextColumn("exclusion", "reason", false, Owner.COHORT_ID),
            new TextColumn("match", "decided_by", false, Owner.COHORT_ID),
            new TextColumn("match", "decision_reason", false, Owner.COHORT_ID),
            new TextColumn("match", "override_reason", false, Owner.COHORT_ID),
            new TextColumn("match", "reasons", true, Owner.COHORT_ID),
            new TextColumn("match_run", "message", false, Owner.COHORT_ID),
            new TextColumn("match_proposal", "reasons", true, Owner.RUN_ID),
            new TextColumn("audit_event", "actor", false, Owner.COHORT_ID),
            new TextColumn("audit_event", "reason", false, Owner.COHORT_ID),
            new TextColumn("audit_event", "detail", false, Owner.COHORT_ID),
            new TextColumn("outcome", "note", false, Owner.COHORT_ID),
            new TextColumn("outcome", "recorded_by", false, Owner.COHORT_ID));

    /**
     * Where to erase: a whole programme, for someone who asked to be forgotten by it, or one cohort, whose
     * retention ran out while the same person may still take part in a later cohort.
     */
    record Reach(boolean wholeProgramme, UUID id) {

        static Reach programme(UUID programmeId) {
            return new Reach(true, programmeId);
        }

        static Reach cohort(UUID cohortId) {
            return new Reach(false, cohortId);
        }
    }

    /**
     * Replaces every occurrence of the addresses, in any case, in the free text within reach.
     *
     * @return how many column values changed
     */
    @Transactional(MANDATORY)
    int erase(Reach reach, Collection<String> emails) {
        List<String> literals = emails.stream().map(FreeText::literal).distinct().toList();
        boolean anyShort = emails.stream().anyMatch(email -> email.length() < PLACEHOLDER.length());
        String placeholder = anyShort ? SHORT_PLACEHOLDER : PLACEHOLDER;
        int changed = 0;
        for (TextColumn column : COLUMNS) {
            String rows = reach.wholeProgramme() ? column.owner.inProgramme : column.owner.inCohort;
            // Most columns of a cohort hold no address at all: one look saves a statement per batch below.
            if (rows == null || !holdsAnAddress(column, rows, reach)) {
                continue;
            }
            // In batches: one pattern of a large cohort's addresses is too complex for PostgreSQL's regex engine.
            for (int from = 0; from < literals.size(); from += ADDRESSES_PER_PATTERN) {
                String pattern = bounded(literals.subList(from, Math.min(from + ADDRESSES_PER_PATTERN, literals.size())));
                changed += Panache.getEntityManager().createNativeQuery(column.update(rows))
                        .setParameter("reach", reach.id())
                        .setParameter("pattern", pattern)
                        .setParameter("placeholder", placeholder)
                        .executeUpdate();
            }
        }
        return changed;
    }

    private static boolean holdsAnAddress(TextColumn column, String rows, Reach reach) {
        return (Boolean) Panache.getEntityManager().createNativeQuery(column.anyAddress(rows))
                .setParameter("reach", reach.id())
                .getSingleResult();
    }

    /**
     * The addresses as one pattern that matches them only as whole addresses: erasing li@example.com must leave
     * anna.li@example.com and li@example.com.dk, someone else's, alone.
     */
    static String bounded(List<String> literals) {
        return "(?<![[:alnum:]._%+-])(?:" + String.join("|", literals) + ")(?!\\.?[[:alnum:]-])";
    }

    /** The address as a PostgreSQL regular expression that matches only itself. */
    static String literal(String email) {
        return email.replaceAll("[\\\\.^$|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** How a table's rows belong to a programme and to a cohort, as SQL conditions on {@code :reach}. */
    private enum Owner {
        PROGRAMME("id = :reach", null),
        COHORT("programme_id = :reach", "id = :reach"),
        COHORT_ID("cohort_id in (select id from cohort where programme_id = :reach)", "cohort_id = :reach"),
        RUN_ID("run_id in (select r.id from match_run r join cohort c on c.id = r.cohort_id where c.programme_id = :reach)",
                "run_id in (select id from match_run where cohort_id = :reach)");

        final String inProgramme;
        /** Null for rows above any one cohort. */
        final String inCohort;

        Owner(String inProgramme, String inCohort) {
            this.inProgramme = inProgramme;
            this.inCohort = inCohort;
        }
    }

    /** A text column, or a jsonb one searched and rewritten as its JSON text. */
    private record TextColumn(String table, String column, boolean json, Owner owner) {

        String anyAddress(String rows) {
            return "select exists (select 1 from %s where %s and strpos(%s, '@') > 0)".formatted(table, rows, text());
        }

        String update(String rows) {
            String text = text();
            String replaced = "regexp_replace(%s, :pattern, :placeholder, 'gi')".formatted(text);
            // strpos first: most text holds no address at all, and it is far cheaper than the pattern.
            return "update %s set %s = %s where %s and strpos(%s, '@') > 0 and %s ~* :pattern".formatted(
                    table, column, json ? "cast(%s as jsonb)".formatted(replaced) : replaced, rows, text, text);
        }

        private String text() {
            return json ? "cast(%s as text)".formatted(column) : column;
        }
    }
}
