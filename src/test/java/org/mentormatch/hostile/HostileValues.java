package org.mentormatch.hostile;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** The hostile values requests are made of, as jqwik arbitraries; {@link Draw} picks from them. */
final class HostileValues {

    /** Text an attacker or a broken client sends: traversal, injection, template and encoding tricks. */
    static final Arbitrary<String> FRAGMENTS = Arbitraries.of(
            "../", "../../etc/passwd", "..\\..\\windows\\win.ini", "' OR '1'='1", "1; DROP TABLE programme; --",
            "\" OR \"\"=\"", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "%00", "\u0000",
            "a\u0000b", "null", "undefined", "NaN", "-1", "0", "{}", "[]", "%", "_", "\\", "*", " ", "", "\u202e",
            "\u200b", "\uD83D\uDE00", "ÆØÅ æøå", "\uD835\uDD4F", "\uD800", "\r\n", "\t");

    /** Any characters at all, control characters and lone surrogates included. */
    static final Arbitrary<String> GARBAGE = Arbitraries.strings().all().ofMaxLength(40);

    static final Arbitrary<String> UNICODE = Arbitraries.strings().withCharRange('\u0080', '\uFFFF')
            .ofMinLength(1).ofMaxLength(60);

    /** Short strings of the characters that trip encoders, databases and terminals: NUL, lone surrogates, BiDi. */
    static final Arbitrary<String> AWKWARD = Arbitraries.strings()
            .withChars('\u0000', '\uD800', '\uDC00', '\u202E', '\u001B', '\uFEFF', 'a')
            .ofMinLength(1).ofMaxLength(6);

    static final Arbitrary<String> TEXT = Arbitraries.frequencyOf(
            Tuple.of(3, FRAGMENTS), Tuple.of(3, AWKWARD), Tuple.of(2, GARBAGE), Tuple.of(1, UNICODE), Tuple.of(1, longText(201, 3000)));

    static final Arbitrary<String> UUIDS = Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()).toString());

    /** Ids that are nearly right: the wrong case, the wrong shape, or nothing. */
    static final Arbitrary<String> NEAR_MISS_IDS = Arbitraries.oneOf(
            UUIDS.map(String::toUpperCase), UUIDS.map(id -> id + "0"), UUIDS.map(id -> id.substring(1)),
            UUIDS.map(id -> id.replace("-", "")), UUIDS.map(id -> "{" + id + "}"), UUIDS.map(id -> id.replace('a', 'g')),
            Arbitraries.just("00000000-0000-0000-0000-000000000000"), UUIDS);

    /** Path segments written out already encoded: dot segments, encoded slashes, NUL and overlong UTF-8. */
    static final Arbitrary<String> RAW_SEGMENTS = Arbitraries.of(
            "..", ".", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%2F", "a%2Fb", "%00", "%c0%ae%c0%ae", "%252e", ";x=1", "%3B",
            "%ff%fe", "%e2%80%ae");

    static final Arbitrary<String> NUMBERS = Arbitraries.oneOf(
            Arbitraries.of("abc", "", " ", "1.5", "1e3", "0x10", "-1", "-0", "+5", "1,2", "NaN", "Infinity", "2147483648",
                    "-2147483649", "99999999999999999999", "\u0661\u0662", "0".repeat(400) + "1"),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.longs().map(String::valueOf));

    static final Arbitrary<String> BOOLEANS = Arbitraries.of("yes", "no", "1", "0", "TRUE", "tru", "", "null", "on");

    static final Arbitrary<String> ENUM_MISSES = Arbitraries.oneOf(
            Arbitraries.of("FOO", "proposed", "", "PROPOSED,ACCEPTED", " ACCEPTED", "ACCEPTED ", "0", "null"), TEXT);

    /** If-Match values that can never name the current version. */
    static final Arbitrary<String> IF_MATCH = Arbitraries.oneOf(
            Arbitraries.of("garbage", "\"\"", "W/", "\"-1\"", "\"99999999999999999999\"", "\"abc\"", "W/\"x\"", ",",
                    "\"1\" garbage", "\"1\", \"2\",,", "W/W/\"0\"", "\"" + "9".repeat(4000) + "\""),
            headerText());

    /** Authorization headers that carry no valid token: garbage, other schemes, tampered or truncated tokens. */
    static final Arbitrary<String> CREDENTIALS = Arbitraries.oneOf(headerText().map(text -> "Bearer " + text),
            Arbitraries.of("Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "bearer x.y.z", "Bearer eyJhbGciOiJub25lIn0.e30.",
                    "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19.c2ln"),
            headerText());

    static final Arbitrary<String> CONTENT_TYPES = Arbitraries.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
            "application/json; charset=utf-16", "application/json; charset=bogus", "application/json; charset=",
            "application/merge-patch+json", "application/json-patch+json", "application/problem+json", "*/*",
            "application/*", "text/json", "application/octet-stream", "application/json; boundary=\"x\"",
            "APPLICATION/JSON", "application/json;;q=1");

    static final Arbitrary<String> ACCEPTS = Arbitraries.of(
            "text/html", "application/xml", "text/csv", "image/png", "*/*;q=0", "application/json;q=0", "text/plain",
            "application/problem+json", "application/json; charset=bogus", "application/yaml", "*/*", "text/*",
            "application/json;q=abc", "application/vnd.mentor-match.v2+json");

    private HostileValues() {
    }

    static Arbitrary<String> longText(int min, int max) {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('é', '\u4e2d', ' ').ofMinLength(min).ofMaxLength(max);
    }

    /**
     * What a header can carry at all: Latin-1 without line breaks, so the client sends it as drawn; at most 6,000
     * characters, well below the 20 KB of headers Vert.x reads before it answers a bare 431 itself.
     */
    private static Arbitrary<String> headerText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00A0', '\u00FF').ofMinLength(1).ofMaxLength(300),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1000).ofMaxLength(6000),
                Arbitraries.of("'; DROP TABLE audit_event; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}"));
    }
}
