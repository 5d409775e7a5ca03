package org.mentormatch.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;

/** Coordinators who read the same version and write at once: exactly one wins, the others are told to re-read. */
@QuarkusTest
class ConcurrentEditTest {

    private static final int WRITERS = 6;

    @Test
    void shouldLetExactlyOneOfSimultaneousWritersWin() throws Exception {
        String id = Api.createProgramme();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String name = "Writer " + writer;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                            .body("{\"name\": \"%s\"}".formatted(name))
                            .when().put("/programmes/{id}", id)
                            .then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(answered).containsOnly(200, 412);
            assertThat(answered).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/programmes/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
    }
}
