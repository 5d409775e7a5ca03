package org.mentormatch.hostile;

import static org.mentormatch.hostile.Gen.range;
import static org.mentormatch.hostile.Gen.weighted;

import java.util.UUID;

/** The hostile values requests are made of, as generators; {@link Draw} picks from them. */
final class HostileValues {

    /** Text an attacker or a broken client sends: traversal, injection, template and encoding tricks. */
    static final Gen<String> FRAGMENTS = Gen.of(
            "../", "../../etc/passwd", "..\\..\\windows\\win.ini", "' OR '1'='1", "1; DROP TABLE programme; --",
            "\" OR \"\"=\"", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "%00", "\u0000",
            "a\u0000b", "null", "undefined", "NaN", "-1", "0", "{}", "[]", "%", "_", "\\", "*", " ", "", "\u202e",
            "\u200b", "\uD83D\uDE00", "ÆØÅ æøå", "\uD835\uDD4F", "\uD800", "\r\n", "\t");

    /** Any characters at all, control characters and lone surrogates included. */
    static final Gen<String> GARBAGE = Gen.strings(range(Character.MIN_VALUE, Character.MAX_VALUE), 0, 40);

    static final Gen<String> UNICODE = Gen.strings(range('\u0080', '\uFFFF'), 1, 60);

    /** Short strings of the characters that trip encoders, databases and terminals: NUL, lone surrogates, BiDi. */
    static final Gen<String> AWKWARD = Gen.strings("\u0000\uD800\uDC00\u202E\u001B\uFEFFa", 1, 6);

    static final Gen<String> TEXT = Gen.frequencyOf(
            weighted(3, FRAGMENTS), weighted(3, AWKWARD), weighted(2, GARBAGE), weighted(1, UNICODE), weighted(1, longText(201, 3000)));

    static final Gen<String> UUIDS = random -> new UUID(random.nextLong(), random.nextLong()).toString();

    /** Ids that are nearly right: the wrong case, the wrong shape, or nothing. */
    static final Gen<String> NEAR_MISS_IDS = Gen.oneOf(
            UUIDS.map(String::toUpperCase), UUIDS.map(id -> id + "0"), UUIDS.map(id -> id.substring(1)),
            UUIDS.map(id -> id.replace("-", "")), UUIDS.map(id -> "{" + id + "}"), UUIDS.map(id -> id.replace('a', 'g')),
            Gen.just("00000000-0000-0000-0000-000000000000"), UUIDS);

    /** Path segments written out already encoded: dot segments, encoded slashes, NUL and overlong UTF-8. */
    static final Gen<String> RAW_SEGMENTS = Gen.of(
            "..", ".", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%2F", "a%2Fb", "%00", "%c0%ae%c0%ae", "%252e", ";x=1", "%3B",
            "%ff%fe", "%e2%80%ae");

    /** Not numbers, out of range, or at the bounds of int and long (which a uniform draw all but never hits). */
    static final Gen<String> NUMBERS = Gen.oneOf(
            Gen.of("abc", "", " ", "1.5", "1e3", "0x10", "-1", "-0", "+5", "1,2", "NaN", "Infinity", "2147483648",
                    "-2147483649", "99999999999999999999", "\u0661\u0662", "0".repeat(400) + "1", "2147483647",
                    "-2147483648", "9223372036854775807", "-9223372036854775808"),
            Gen.integers().map(String::valueOf),
            Gen.longs().map(String::valueOf));

    static final Gen<String> BOOLEANS = Gen.of("yes", "no", "1", "0", "TRUE", "tru", "", "null", "on");

    static final Gen<String> ENUM_MISSES = Gen.oneOf(
            Gen.of("FOO", "proposed", "", "PROPOSED,ACCEPTED", " ACCEPTED", "ACCEPTED ", "0", "null"), TEXT);

    /** If-Match values that can never name the current version. */
    static final Gen<String> IF_MATCH = Gen.oneOf(
            Gen.of("garbage", "\"\"", "W/", "\"-1\"", "\"99999999999999999999\"", "\"abc\"", "W/\"x\"", ",",
                    "\"1\" garbage", "\"1\", \"2\",,", "W/W/\"0\"", "\"" + "9".repeat(4000) + "\""),
            headerText());

    /** Authorization headers that carry no valid token: garbage, other schemes, tampered or truncated tokens. */
    static final Gen<String> CREDENTIALS = Gen.oneOf(headerText().map(text -> "Bearer " + text),
            Gen.of("Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "bearer x.y.z", "Bearer eyJhbGciOiJub25lIn0.e30.",
                    "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19.c2ln"),
            headerText());

    static final Gen<String> CONTENT_TYPES = Gen.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
            "application/json; charset=utf-16", "application/json; charset=bogus", "application/json; charset=",
            "application/merge-patch+json", "application/json-patch+json", "application/problem+json", "*/*",
            "application/*", "text/json", "application/octet-stream", "application/json; boundary=\"x\"",
            "APPLICATION/JSON", "application/json;;q=1");

    static final Gen<String> ACCEPTS = Gen.of(
            "text/html", "application/xml", "text/csv", "image/png", "*/*;q=0", "application/json;q=0", "text/plain",
            "application/problem+json", "application/json; charset=bogus", "application/yaml", "*/*", "text/*",
            "application/json;q=abc", "application/vnd.mentor-match.v2+json");

    private HostileValues() {
    }

    static Gen<String> longText(int min, int max) {
        return Gen.strings(range('a', 'z') + "é\u4e2d ", min, max);
    }

    /**
     * What a header can carry at all: Latin-1 without line breaks, so the client sends it as drawn; at most 6,000
     * characters, well below the 20 KB of headers Vert.x reads before it answers a bare 431 itself.
     */
    private static Gen<String> headerText() {
        return Gen.oneOf(
                Gen.strings(range(' ', '~') + range('\u00A0', '\u00FF'), 1, 300),
                Gen.strings(range(' ', '~'), 1000, 6000),
                Gen.of("'; DROP TABLE audit_event; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}"));
    }
}
