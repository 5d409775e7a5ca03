package org.mentormatch.affinity;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The {@code affinity} rows in bulk, by JDBC: a list of 100,000 ratings is one array insert, not 100,000
 * entity inserts. The rows have no identity or version of their own; their cohort's {@link AffinitySet} has.
 */
final class AffinityRows {

    private AffinityRows() {
    }

    /** The cohort's ratings by menteeId, then mentorId; with {@code activeOnly}, none of a withdrawn participant. */
    static List<Affinity> read(Session session, UUID cohortId, boolean activeOnly) {
        String sql = activeOnly
                ? """
                select a.mentee_id, a.mentor_id, a.score from affinity a
                join mentee e on e.id = a.mentee_id and e.withdrawn_on is null
                join mentor r on r.id = a.mentor_id and r.withdrawn_on is null
                where a.cohort_id = ? order by a.mentee_id, a.mentor_id"""
                : "select mentee_id, mentor_id, score from affinity where cohort_id = ? order by mentee_id, mentor_id";
        return query(session, sql, cohortId);
    }

    /** The ratings of the cohort that name this participant, as mentee or as mentor (the cohort's index finds them). */
    static List<Affinity> involving(Session session, UUID cohortId, UUID participantId) {
        return query(session, """
                select mentee_id, mentor_id, score from affinity where cohort_id = ? and ? in (mentee_id, mentor_id)
                order by mentee_id, mentor_id""", cohortId, participantId);
    }

    private static List<Affinity> query(Session session, String sql, UUID... parameters) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                List<Affinity> affinities = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        affinities.add(new Affinity(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getInt(3)));
                    }
                }
                return affinities;
            }
        });
    }

    /** Deletes the cohort's ratings and inserts these, in the caller's transaction. */
    static void replace(Session session, UUID cohortId, List<Affinity> affinities) {
        session.doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from affinity where cohort_id = ?")) {
                delete.setObject(1, cohortId);
                delete.executeUpdate();
            }
            if (affinities.isEmpty()) {
                return;
            }
            Array mentees = connection.createArrayOf("uuid", affinities.stream().map(Affinity::menteeId).toArray());
            Array mentors = connection.createArrayOf("uuid", affinities.stream().map(Affinity::mentorId).toArray());
            Array scores = connection.createArrayOf("integer", affinities.stream().map(Affinity::score).toArray());
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into affinity (cohort_id, mentee_id, mentor_id, score)
                    select ?, mentee_id, mentor_id, score from unnest(?, ?, ?) as u(mentee_id, mentor_id, score)""")) {
                insert.setObject(1, cohortId);
                insert.setArray(2, mentees);
                insert.setArray(3, mentors);
                insert.setArray(4, scores);
                insert.executeUpdate();
            } finally {
                mentees.free();
                mentors.free();
                scores.free();
            }
        });
    }
}
