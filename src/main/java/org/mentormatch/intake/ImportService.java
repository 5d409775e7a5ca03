package org.mentormatch.intake;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.attribute.AttributeService;
import org.mentormatch.attribute.AttributeValues;
import org.mentormatch.attribute.ProgrammeAttribute;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matchrun.MatchRun;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.profile.MenteeRequest;
import org.mentormatch.profile.MentorRequest;
import org.mentormatch.profile.Profile;
import org.mentormatch.profile.ProfileKind;
import org.mentormatch.profile.ProfileRequest;
import org.mentormatch.profile.ProfileService;
import org.mentormatch.refusal.Violation;
import org.mentormatch.refusal.Conflict;

/**
 * Imports a sheet of mentors or mentees into a cohort, all or nothing, in one transaction: every row checked as
 * the API checks one profile, then each e-mail upserted. Logs carry counts and ids only.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final String MENTORS_PARAMETER = "mentors";

    private final CohortService cohorts;
    private final SheetRows sheetRows;
    private final AuditTrail audit;
    private final AttributeService attributes;

    public ImportService(CohortService cohorts, SheetRows sheetRows, AuditTrail audit, AttributeService attributes) {
        this.attributes = attributes;
        this.cohorts = cohorts;
        this.sheetRows = sheetRows;
        this.audit = audit;
    }

    /** Imports {@code sheet} as {@code kind} ("mentees" or "mentors"), or with {@code dryRun} only says what it would do. */
    public ImportResult importSheet(String kind, UUID programmeId, UUID cohortId, Sheet sheet, boolean dryRun) {
        return MENTORS_PARAMETER.equals(kind)
                ? importInto(ProfileKind.MENTORS, programmeId, cohortId, sheet, dryRun)
                : importInto(ProfileKind.MENTEES, programmeId, cohortId, sheet, dryRun);
    }

    /** An empty sheet of {@code kind} with one example row and, in a workbook, the columns explained. */
    @Transactional(SUPPORTS)
    public byte[] template(String kind, UUID programmeId, UUID cohortId, SheetFormat format) {
        cohorts.require(programmeId, cohortId);
        Class<? extends Record> requestType = MENTORS_PARAMETER.equals(kind) ? MentorRequest.class : MenteeRequest.class;
        return SheetWriter.template(format, kind, ProfileColumns.of(requestType));
    }

    private <E extends Profile, Q extends Record & ProfileRequest<E>> ImportResult importInto(
            ProfileKind<E, Q, ?> kind, UUID programmeId, UUID cohortId, Sheet sheet, boolean dryRun) {
        if (dryRun) {
            cohorts.require(programmeId, cohortId);
        } else {
            // A run solving now read the profiles before the import and would propose pairs of outdated people; with
            // the cohort locked, as a run's start locks it, no run can start before the import commits.
            cohorts.lock(cohorts.require(programmeId, cohortId));
            MatchRun.refuseWhileActive(cohortId, "importing " + plural(kind));
        }
        List<SheetRows.Read<Q>> rows = sheetRows.read(sheet, kind.requestType(), ProfileColumns.of(kind.requestType()));
        Map<String, E> existing = new HashMap<>();
        kind.finder().find("cohortId = :cohortId", Sort.by("id"), Parameters.with("cohortId", cohortId))
                .list().forEach(profile -> existing.put(profile.email, profile));

        List<ProgrammeAttribute> programmeAttributes = attributes.of(programmeId);
        List<RowError> errors = new ArrayList<>();
        List<Upsert<E, Q>> upserts = new ArrayList<>();
        Map<String, Integer> rowOfEmail = new HashMap<>();
        for (SheetRows.Read<Q> read : rows) {
            errors.addAll(read.errors());
            // Stored e-mails are lower case; a duplicate is reported even when the rows have other faults too.
            String email = read.email() == null ? null : read.email().toLowerCase(Locale.ROOT);
            Integer earlier = email == null ? null : rowOfEmail.putIfAbsent(email, read.row().number());
            if (earlier != null) {
                errors.add(new RowError(read.row().number(), SheetRows.EMAIL, read.email(),
                        "rows %d and %d have the same e-mail".formatted(earlier, read.row().number())));
            }
            if (read.request() == null || earlier != null) {
                continue;
            }
            List<Violation> wrongValues = AttributeValues.problems(read.request().attributes(), programmeAttributes,
                    ProfileService.sideOf(kind));
            if (!wrongValues.isEmpty()) {
                wrongValues.forEach(wrong -> errors.add(new RowError(read.row().number(), wrong.field(),
                        String.valueOf(read.request().attributes().get(wrong.field().substring("attributes.".length()))),
                        wrong.message())));
                continue;
            }
            E candidate = kind.create().get();
            read.request().applyTo(candidate);
            E current = existing.get(candidate.email);
            if (current != null && current.isAnonymised()) {
                errors.add(new RowError(read.row().number(), SheetRows.EMAIL, read.email(),
                        "belongs to a profile that was anonymised and cannot be changed"));
            } else {
                upserts.add(new Upsert<>(read.request(), candidate, current));
            }
        }
        if (!errors.isEmpty()) {
            throw SheetRefused.invalid(errors);
        }
        ImportResult result = apply(kind, cohortId, upserts, dryRun);
        if (!dryRun) {
            audit.record(cohortId, "IMPORT", null, null, "%s imported: %d created, %d updated, %d unchanged"
                    .formatted(plural(kind), result.created(), result.updated(), result.unchanged()));
            LOG.infof("%d %s imported into cohort %s: %d created, %d updated, %d unchanged", upserts.size(), plural(kind),
                    cohortId, result.created(), result.updated(), result.unchanged());
        }
        return result;
    }

    /** A valid row: the request, the profile it makes, and the profile of the cohort with its e-mail, if any. */
    private record Upsert<E, Q>(Q request, E candidate, E current) {
    }

    private static <E extends Profile, Q extends Record & ProfileRequest<E>> ImportResult apply(
            ProfileKind<E, Q, ?> kind, UUID cohortId, List<Upsert<E, Q>> upserts, boolean dryRun) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Upsert<E, Q> upsert : upserts) {
            if (upsert.current() == null) {
                created++;
                if (!dryRun) {
                    upsert.candidate().cohortId = cohortId;
                    upsert.candidate().persist();
                }
            } else if (kind.toRequest().apply(upsert.current()).equals(kind.toRequest().apply(upsert.candidate()))) {
                unchanged++;
            } else {
                updated++;
                if (!dryRun) {
                    upsert.request().applyTo(upsert.current());
                }
            }
        }
        if (!dryRun) {
            flush(kind);
        }
        return new ImportResult(dryRun, created, updated, unchanged);
    }

    /** Another request that added the same e-mail meanwhile is caught by the cohort's unique constraint. */
    static void flush(ProfileKind<?, ?, ?> kind) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, kind.uniqueEmailConstraint())) {
                throw new Conflict("email-taken", "Another %s with one of these e-mails was added meanwhile; "
                        .formatted(kind.name().toLowerCase()) + "send the request again");
            }
            throw e;
        }
    }

    private static String plural(ProfileKind<?, ?, ?> kind) {
        return kind.name().toLowerCase() + "s";
    }
}
