package org.mentormatch.persistence;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL once for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(PostgresTestResource.class)
public final class UsesPostgres {

    private UsesPostgres() {
    }
}
