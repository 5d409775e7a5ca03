package org.mentormatch;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.mentormatch.persistence.EmbeddedDatabase;
import org.mentormatch.security.LocalSigningKey;

/**
 * Starts the service. The embedded PostgreSQL has to be up before Quarkus reads its datasource URL, so it is
 * started here rather than in a CDI start-up observer, which would run after Flyway has already connected; the
 * local signing key likewise before OIDC reads its public key.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured();
        LocalSigningKey.configureUnlessIdentityProvider();
        Quarkus.run(args);
    }
}
