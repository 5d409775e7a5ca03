package org.mentormatch.match;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.Profile;

/** The cohort's matches as CSV with names and e-mail addresses, for the mail merge that tells people. */
@ApplicationScoped
public class MatchCsv {

    @JsonPropertyOrder({"matchId", "status", "source", "menteeName", "menteeEmail", "mentorName", "mentorEmail",
        "quality", "decidedBy", "decidedAt"})
    record Row(UUID matchId, MatchStatus status, MatchSource source, String menteeName, String menteeEmail,
            String mentorName, String mentorEmail, Integer quality, String decidedBy, OffsetDateTime decidedAt) {
    }

    private static final CsvMapper CSV = CsvMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final ObjectWriter WRITER = CSV.writer(CSV.schemaFor(Row.class).withHeader());

    private final CohortService cohorts;

    public MatchCsv(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @Transactional
    public String export(UUID programmeId, UUID cohortId, MatchStatus status) throws JsonProcessingException {
        cohorts.require(programmeId, cohortId);
        Map<UUID, Profile> people = new HashMap<>();
        Mentee.<Mentee>find("cohortId", cohortId).stream().forEach(mentee -> people.put(mentee.id, mentee));
        Mentor.<Mentor>find("cohortId", cohortId).stream().forEach(mentor -> people.put(mentor.id, mentor));
        List<Match> matches = status == null
                ? Match.list("cohortId = ?1 order by createdAt, id", cohortId)
                : Match.list("cohortId = ?1 and status = ?2 order by createdAt, id", cohortId, status);
        List<Row> rows = matches.stream().map(match -> {
            Profile mentee = people.get(match.menteeId);
            Profile mentor = people.get(match.mentorId);
            return new Row(match.id, match.status, match.source, mentee.displayName, mentee.email, mentor.displayName,
                    mentor.email, match.quality, match.decidedBy, match.decidedAt);
        }).toList();
        return WRITER.writeValueAsString(rows);
    }
}
