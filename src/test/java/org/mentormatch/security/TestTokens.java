package org.mentormatch.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.Claims;

/**
 * Real signed tokens for tests: the service under test verifies them with the public half of a key kept in
 * {@code target/}, exactly as it verifies a deployment's own tokens. The key is a file rather than a field
 * because Quarkus loads this resource and the tests in different class loaders.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    private static final Path KEY_FILE = Path.of("target", "test-keys", "signing-key.pk8").toAbsolutePath();
    private static final Path STRANGER_KEY_FILE = Path.of("target", "test-keys", "stranger-key.pk8").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        RSAPrivateCrtKey key = LocalSigningKey.loadOrCreate(KEY_FILE);
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(LocalSigningKey.publicHalf(key).getEncoded()),
                "quarkus.oidc.token.issuer", LocalSigningKey.ISSUER,
                LocalSigningKey.PRIVATE_KEY_FILE, KEY_FILE.toString());
    }

    @Override
    public void stop() {
        // The key file stays for the next run; it is only ever a test key.
    }

    public static String admin() {
        return token("test-admin", Roles.ADMIN, List.of());
    }

    public static String coordinator(String subject, String... programmeIds) {
        return token(subject, Roles.COORDINATOR, List.of(programmeIds));
    }

    public static String viewer(String subject, String... programmeIds) {
        return token(subject, Roles.VIEWER, List.of(programmeIds));
    }

    /**
     * A participant's token: their own profile in one programme, as an invitation grants it. It carries the id of the
     * profile's current invitation (made here if there is none), the only one the service honours; tokens made for
     * the same profile stay valid together until a real invitation replaces them.
     */
    public static String participant(String profileId, String programmeId) {
        return participant(profileId, programmeId, Instant.now().plus(Duration.ofHours(1)));
    }

    /** {@link #participant(String, String)}, expired an hour ago. */
    public static String expiredParticipant(String profileId, String programmeId) {
        return participant(profileId, programmeId, Instant.now().minus(Duration.ofHours(1)));
    }

    private static String participant(String profileId, String programmeId, Instant expiresAt) {
        return Jwt.issuer(LocalSigningKey.ISSUER)
                .subject("participant-" + profileId)
                .groups(Set.of(Roles.PARTICIPANT))
                .claim(Access.PROGRAMMES_CLAIM, List.of(programmeId))
                .claim(Access.PARTICIPANT_CLAIM, profileId)
                .claim(Claims.jti.name(), currentInvitation(profileId))
                .issuedAt(expiresAt.minus(Duration.ofHours(2)))
                .expiresAt(expiresAt)
                .sign(LocalSigningKey.loadOrCreate(KEY_FILE));
    }

    /** The id of the profile's current invitation, made if it has none; a random one for a profile that does not exist. */
    private static String currentInvitation(String profileId) {
        return ProgrammeScope.system(() -> {
            try (Connection connection = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                    PreparedStatement invite = connection.prepareStatement("""
                            insert into invitation (id, cohort_id, mentee_id, mentor_id, token_id, invited_by, invited_at, expires_at)
                            select gen_random_uuid(), cohort_id, id, null, gen_random_uuid(), 'test', now(), now() + interval '1 hour'
                            from mentee where id = ?::uuid
                            union all
                            select gen_random_uuid(), cohort_id, null, id, gen_random_uuid(), 'test', now(), now() + interval '1 hour'
                            from mentor where id = ?::uuid
                            on conflict do nothing""");
                    PreparedStatement current = connection.prepareStatement(
                            "select token_id from invitation where mentee_id = ?::uuid or mentor_id = ?::uuid")) {
                invite.setString(1, profileId);
                invite.setString(2, profileId);
                invite.executeUpdate();
                current.setString(1, profileId);
                current.setString(2, profileId);
                try (ResultSet row = current.executeQuery()) {
                    return row.next() ? row.getString(1) : UUID.randomUUID().toString();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static String token(String subject, String role, List<String> programmeIds) {
        return sign(subject, role, programmeIds, Instant.now().plus(Duration.ofHours(1)), LocalSigningKey.loadOrCreate(KEY_FILE));
    }

    /** An admin token that expires this long from now. */
    public static String adminFor(Duration validFor) {
        return sign("short-lived", Roles.ADMIN, List.of(), Instant.now().plus(validFor), LocalSigningKey.loadOrCreate(KEY_FILE));
    }

    public static String expired(String subject, String role) {
        return sign(subject, role, List.of(), Instant.now().minus(Duration.ofHours(1)), LocalSigningKey.loadOrCreate(KEY_FILE));
    }

    /** A well-formed admin token signed with a key the service has never seen. */
    public static String signedByStranger() {
        return sign("intruder", Roles.ADMIN, List.of(), Instant.now().plus(Duration.ofHours(1)),
                LocalSigningKey.loadOrCreate(STRANGER_KEY_FILE));
    }

    private static String sign(String subject, String role, List<String> programmeIds, Instant expiresAt, PrivateKey key) {
        return Jwt.issuer(LocalSigningKey.ISSUER)
                .subject(subject)
                .groups(Set.of(role))
                .claim(Access.PROGRAMMES_CLAIM, programmeIds)
                .issuedAt(expiresAt.minus(Duration.ofHours(2)))
                .expiresAt(expiresAt)
                .sign(key);
    }
}
