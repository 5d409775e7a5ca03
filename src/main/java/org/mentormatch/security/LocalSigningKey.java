package org.mentormatch.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.mentormatch.LaunchSetting;

/**
 * For a deployment without an identity provider (a developer's machine, a first start): the service makes an
 * RSA signing key of its own, keeps it in its data directory so tokens outlive restarts, verifies tokens with
 * its public half and signs them with {@link TokenIssuer}. Configuring an identity provider
 * ({@code QUARKUS_OIDC_AUTH_SERVER_URL}) or a public key ({@code QUARKUS_OIDC_PUBLIC_KEY}) turns this off.
 * Runs before Quarkus starts because OIDC reads its key at start-up.
 */
public final class LocalSigningKey {

    /** The issuer of locally signed tokens, checked by OIDC. */
    public static final String ISSUER = "mentor-match";
    /** Where the private key is; set only when the service signs its own tokens. */
    public static final String PRIVATE_KEY_FILE = "mentor-match.auth.signing-key-file";

    static final String KEY_DIR = "mentor-match.key-dir";
    private static final String DEFAULT_KEY_DIR = "data/keys";
    private static final Logger LOG = Logger.getLogger(LocalSigningKey.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private LocalSigningKey() {
    }

    public static void configureUnlessIdentityProvider() {
        if (LaunchSetting.of("quarkus.oidc.auth-server-url").isPresent() || LaunchSetting.of("quarkus.oidc.public-key").isPresent()) {
            LOG.info("Bearer tokens are verified with the configured identity provider or public key");
            return;
        }
        Path file = Path.of(LaunchSetting.of(KEY_DIR).orElse(DEFAULT_KEY_DIR)).toAbsolutePath().resolve("signing-key.pk8");
        RSAPrivateCrtKey key = loadOrCreate(file);
        System.setProperty("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(publicHalf(key).getEncoded()));
        System.setProperty("quarkus.oidc.token.issuer", ISSUER);
        System.setProperty(PRIVATE_KEY_FILE, file.toString());
        LOG.infof("No identity provider configured: tokens are signed with the service's own key in %s", file);
    }

    static RSAPrivateCrtKey read(Path file) {
        try {
            byte[] encoded = Files.readAllBytes(file);
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key in " + file + " is not an RSA key", e);
        }
    }

    static RSAPrivateCrtKey loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
            writeOwnerOnly(file, key.getEncoded());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }

    static PublicKey publicHalf(RSAPrivateCrtKey key) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a secret (the key, a token) readable by this account only, from the moment it exists: the file is
     * created with its permissions rather than restricted afterwards, in a directory only this account may open.
     */
    static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        if (!POSIX) {
            Files.write(file, content);
            return;
        }
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
        Path fresh = Files.createTempFile(file.getParent(), ".secret", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(fresh, content);
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
