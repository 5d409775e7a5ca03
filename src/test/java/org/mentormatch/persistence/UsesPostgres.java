package org.mentormatch.persistence;

import io.quarkus.test.common.QuarkusTestResource;
import org.mentormatch.security.TestTokens;

/**
 * Registers, once for every {@code @QuarkusTest} of the run, the embedded PostgreSQL and the key that test
 * tokens are signed with.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(TestTokens.class)
public final class UsesPostgres {

    private UsesPostgres() {
    }
}
