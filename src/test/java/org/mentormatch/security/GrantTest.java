package org.mentormatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A grant is read from the caller's claims, or taken as kept with a verified token while its role still fits. */
class GrantTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void shouldReadTheProgrammesAndTheirDatabaseScopeFromTheClaim() {
        Grant grant = Grant.of(coordinator().build());

        assertThat(grant.programmes()).containsExactlyInAnyOrder(FIRST, SECOND);
        assertThat(grant.databaseScope()).isEqualTo(FIRST + "," + SECOND);
        assertThat(grant.maySee(FIRST)).isTrue();
    }

    @Test
    void shouldTakeTheGrantKeptWithTheToken() {
        Grant kept = new Grant(true, false, Set.of(FIRST), FIRST.toString());

        assertThat(Grant.of(coordinator().addAttribute(Grant.ATTRIBUTE, kept).build())).isSameAs(kept);
    }

    @Test
    void shouldReadAgainWhenTheRoleNoLongerFitsTheKeptGrant() {
        Grant kept = new Grant(true, false, Set.of(FIRST), FIRST.toString());

        Grant grant = Grant.of(coordinator().addRole(Roles.ADMIN).addAttribute(Grant.ATTRIBUTE, kept).build());

        assertThat(grant.admin()).isTrue();
        assertThat(grant.databaseScope()).isEqualTo(ProgrammeScope.EVERY_PROGRAMME);
    }

    @Test
    void shouldGiveAnAnonymousCallerNothing() {
        Grant grant = Grant.of(QuarkusSecurityIdentity.builder().setAnonymous(true).build());

        assertThat(grant.authenticated()).isFalse();
        assertThat(grant.databaseScope()).isEmpty();
    }

    private static QuarkusSecurityIdentity.Builder coordinator() {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("coordinator@example.org"))
                .addRole(Roles.COORDINATOR)
                .addAttribute(Access.PROGRAMMES_CLAIM, List.of(SECOND.toString(), FIRST.toString(), "not-an-id"));
    }
}
