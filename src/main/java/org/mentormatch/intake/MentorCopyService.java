package org.mentormatch.intake;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matchrun.MatchRun;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.ProfileKind;

/**
 * Mentors who come back: their profiles copied from an earlier cohort of the programme into this one, in one
 * transaction. A mentor whose e-mail this cohort already has is skipped, and so is an anonymised one.
 */
@ApplicationScoped
@Transactional
public class MentorCopyService {

    private static final Logger LOG = Logger.getLogger(MentorCopyService.class);
    private static final String SAME_EMAIL = "a mentor of this cohort has the same e-mail";

    private final CohortService cohorts;
    private final AuditTrail audit;

    public MentorCopyService(CohortService cohorts, AuditTrail audit) {
        this.cohorts = cohorts;
        this.audit = audit;
    }

    public MentorCopyResult copy(UUID programmeId, UUID cohortId, MentorCopyRequest request) {
        cohorts.require(programmeId, request.fromCohortId()); // 404 unless a cohort of the same programme
        cohorts.lock(cohorts.require(programmeId, cohortId)); // no run starts before the copy commits
        MatchRun.refuseWhileActive(cohortId, "copying mentors");
        Map<UUID, Mentor> earlier = new LinkedHashMap<>();
        Mentor.<Mentor>list("cohortId", Sort.by("createdAt").and("id"), request.fromCohortId())
                .forEach(mentor -> earlier.put(mentor.id, mentor));
        Set<String> emails = Mentor.<Mentor>list("cohortId", cohortId).stream()
                .map(mentor -> mentor.email).collect(Collectors.toSet());

        List<MentorCopyResult.Copied> copied = new ArrayList<>();
        List<MentorCopyResult.Skipped> skipped = new ArrayList<>();
        for (UUID id : request.mentorIds() == null ? earlier.keySet() : request.mentorIds()) {
            Mentor mentor = earlier.get(id);
            String reason = mentor == null ? "not a mentor of cohort " + request.fromCohortId()
                    : mentor.isAnonymised() ? "anonymised"
                    : !emails.add(mentor.email) ? SAME_EMAIL : null;
            if (reason != null) {
                skipped.add(new MentorCopyResult.Skipped(id, reason));
                continue;
            }
            Mentor copy = new Mentor();
            ProfileKind.MENTORS.toRequest().apply(mentor).applyTo(copy);
            copy.cohortId = cohortId;
            copy.persist();
            copied.add(new MentorCopyResult.Copied(id, copy.id));
        }
        ImportService.flush(ProfileKind.MENTORS); // a mentor added meanwhile with one of these e-mails: 409, not 500
        audit.record(cohortId, "COPY_MENTORS", request.fromCohortId(), null,
                "%d mentors copied from cohort %s, %d skipped".formatted(copied.size(), request.fromCohortId(), skipped.size()));
        LOG.infof("%d mentors copied from cohort %s into %s, %d skipped", copied.size(), request.fromCohortId(), cohortId,
                skipped.size());
        return new MentorCopyResult(copied, skipped);
    }
}
