package org.mentormatch.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mentormatch.support.DirectSession.count;
import static org.mentormatch.support.DirectSession.scopeTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.TestCohort;

/**
 * A programme's webhooks, deliveries, attempts, delivery jobs and programme audit events are its own in the
 * database too: a session scoped to another programme sees none of them and cannot write one.
 */
@QuarkusTest
class WebhookRowLevelSecurityTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String applicationRole;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void shouldKeepEachProgrammesWebhookRowsApart() throws SQLException {
        TestCohort a = TestCohort.create();
        TestCohort b = TestCohort.create();
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("match.published")))
                .when().post("/programmes/{p}/webhooks", b.programmeId()).then().statusCode(201).extract().header("Location");
        WebhookDeliveryTest.handMatch(b);
        given().when().post(b.path() + "/publish").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().when().get(location + "/deliveries")
                .then().extract().jsonPath().getList("items[0].attempts").size() > 0);
        String delivery = given().when().get(location + "/deliveries").then().extract().path("items[0].id");

        try (Connection session = DriverManager.getConnection(url, applicationRole, password)) {
            scopeTo(session, b.programmeId());
            assertThat(count(session, "select count(*) from webhook where programme_id = ?::uuid", b.programmeId())).isEqualTo(1);
            assertThat(count(session, "select count(*) from webhook_attempt where delivery_id = ?::uuid", delivery)).isPositive();
            assertThat(count(session, "select count(*) from audit_event where programme_id = ?::uuid", b.programmeId())).isEqualTo(1);

            scopeTo(session, a.programmeId());
            assertThat(count(session, "select count(*) from webhook where programme_id = ?::uuid", b.programmeId())).isZero();
            assertThat(count(session, "select count(*) from webhook_delivery where id = ?::uuid", delivery)).isZero();
            assertThat(count(session, "select count(*) from webhook_attempt where delivery_id = ?::uuid", delivery)).isZero();
            assertThat(count(session, "select count(*) from audit_event where programme_id = ?::uuid", b.programmeId())).isZero();
            assertThat(count(session, "select count(*) from scheduled_tasks where task_instance = ?", delivery)).isZero();
            try (PreparedStatement insert = session.prepareStatement("""
                    insert into webhook (id, programme_id, url, events, secret, created_by, created_at)
                    values (gen_random_uuid(), ?::uuid, 'https://smuggled.example.org', '{match.ended}', 'whsec_x', 'x', now())""")) {
                insert.setString(1, b.programmeId());
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
        }
    }
}
