package org.mentormatch.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.match.WithdrawalRequest;
import org.mentormatch.match.WithdrawalService;
import org.mentormatch.matchrun.MatchRun;
import org.mentormatch.privacy.ErasureResult.ErasedProfile;
import org.mentormatch.profile.Profile;
import org.mentormatch.profile.WithdrawalReason;
import org.mentormatch.programme.ProgrammeService;
import org.mentormatch.refusal.NotFound;

/**
 * A person's rights over what one programme holds about them: a copy of it (access, portability) and its erasure.
 * Each request is one transaction, so an erasure happens entirely or not at all. Addresses never reach the logs
 * or the audit trail; profile ids do.
 */
@ApplicationScoped
@Transactional
public class PersonalDataService {

    private static final Logger LOG = Logger.getLogger(PersonalDataService.class);
    /** Someone erased leaves the programme: their open matches end like any withdrawal's. */
    private static final WithdrawalRequest LEAVING = new WithdrawalRequest(WithdrawalReason.OTHER, null,
            "Personal data erased on request");

    private final ProgrammeService programmes;
    private final CohortService cohorts;
    private final PersonalDataReader reader;
    private final WithdrawalService withdrawals;
    private final Anonymiser anonymiser;
    private final AuditTrail audit;

    public PersonalDataService(ProgrammeService programmes, CohortService cohorts, PersonalDataReader reader, WithdrawalService withdrawals,
            Anonymiser anonymiser, AuditTrail audit) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.reader = reader;
        this.withdrawals = withdrawals;
        this.anonymiser = anonymiser;
        this.audit = audit;
    }

    public PersonalDataExport export(UUID programmeId, SubjectRequest request) {
        return exportOf(programmeId, profiles(programmeId, request.email()));
    }

    /**
     * One profile's data, asked for by the participant themselves: what their connection may read of it (row-level
     * security hides the programme's internal records from a participant), narrowed to what they may be shown —
     * their pairs as they were told of them, their own side's feedback ({@link HeldProfile#asShownToTheSubject}).
     */
    public PersonalDataExport exportProfile(UUID profileId) {
        List<Profile> profiles = Profiles.where("id = ?1", profileId);
        if (profiles.isEmpty()) {
            throw new NotFound("Participant", profileId);
        }
        PersonalDataExport export = exportOf(((Cohort) Cohort.findById(profiles.get(0).cohortId)).programmeId, profiles);
        return new PersonalDataExport(export.programmeId(), export.exportedAt(),
                export.profiles().stream().map(HeldProfile::asShownToTheSubject).toList());
    }

    private PersonalDataExport exportOf(UUID programmeId, List<Profile> profiles) {
        List<HeldProfile> held = profiles.stream().map(reader::read).toList();
        for (Profile profile : profiles) {
            audit.record(profile.cohortId, "PERSONAL_DATA_EXPORTED", profile.id, null,
                    "personal data of %s %s exported".formatted(roleName(profile), profile.id));
        }
        LOG.infof("Personal data exported from programme %s: %d profiles", programmeId, profiles.size());
        return new PersonalDataExport(programmeId, OffsetDateTime.now(), held);
    }

    public ErasureResult erase(UUID programmeId, ErasureRequest request) {
        List<Profile> profiles = profiles(programmeId, request.email());
        // In id order, so that two erasures touching the same cohorts cannot deadlock on their locks.
        profiles.stream().map(profile -> profile.cohortId).distinct().sorted()
                .forEach(cohortId -> refuseWhileSolving(programmeId, cohortId));
        List<ErasedProfile> erased = new ArrayList<>();
        for (Profile profile : profiles) {
            List<UUID> ended = profile.isWithdrawn() ? List.of() : withdrawals.withdraw(profile, LEAVING).endedMatchIds();
            // Recorded before the free text is rewritten, so that an address in the reason is erased too.
            audit.record(profile.cohortId, "PERSONAL_DATA_ERASED", profile.id, request.reason(),
                    "%s %s anonymised, %d matches ended".formatted(roleName(profile), profile.id, ended.size()));
            erased.add(new ErasedProfile(profile.id, ParticipantRole.of(profile), profile.cohortId, ended));
        }
        int freeText = anonymiser.anonymise(profiles, FreeText.Reach.programme(programmeId));
        int matchesEnded = erased.stream().mapToInt(profile -> profile.endedMatchIds().size()).sum();
        LOG.infof("Personal data erased in programme %s: %d profiles, %d matches ended, %d free-text values",
                programmeId, erased.size(), matchesEnded, freeText);
        return new ErasureResult(erased.size(), matchesEnded, freeText, erased);
    }

    /**
     * A run solving for the person's cohort read their profile before the erasure and would write proposals
     * that describe them again afterwards; the cohort's lock keeps a new run from starting meanwhile.
     */
    private void refuseWhileSolving(UUID programmeId, UUID cohortId) {
        cohorts.lock(cohorts.require(programmeId, cohortId));
        MatchRun.refuseWhileActive(cohortId, "erasing someone of its cohort");
    }

    /** The person's mentor and mentee profiles in the programme's cohorts; anonymised ones name nobody. */
    private List<Profile> profiles(UUID programmeId, String email) {
        programmes.require(programmeId);
        return Profiles.where("lower(email) = ?1 and anonymisedAt is null "
                        + "and cohortId in (select c.id from Cohort c where c.programmeId = ?2)",
                email.strip().toLowerCase(Locale.ROOT), programmeId);
    }

    private static String roleName(Profile profile) {
        return ParticipantRole.of(profile).name().toLowerCase(Locale.ROOT);
    }
}
