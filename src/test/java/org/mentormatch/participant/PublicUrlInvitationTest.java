package org.mentormatch.participant;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a proxy the request's own address is not the participants' one: the configured public URL is. */
@QuarkusTest
@TestProfile(PublicUrlInvitationTest.PublicUrl.class)
class PublicUrlInvitationTest {

    @Test
    void shouldLinkToThePageUnderThePublicUrl() {
        Pair pair = new Pair();
        JsonPath invitation = pair.invite("mentees", pair.menteeId);
        assertThat(invitation.getString("link"))
                .isEqualTo("https://mentoring.example.org/year/participant/" + invitation.getString("token"));
    }

    public static class PublicUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentor-match.public-url", "https://mentoring.example.org/year/");
        }
    }
}
