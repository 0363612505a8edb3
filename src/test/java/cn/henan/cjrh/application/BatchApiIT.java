package cn.henan.cjrh.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchApiIT extends IntegrationTest {

    @Test
    void admin_opensAndChangesABatch_everyoneSeesIt() {
        var admin = api.as(given.staff(Role.ADMIN, "410000").username(), Fixtures.PASSWORD);
        int year = freeYear(admin);

        var created = admin.post(
                "/api/v1/batches",
                Map.of("year", year, "opensAt", "2000-01-01T00:00:00Z", "closesAt", "2999-01-01T00:00:00Z"));
        var id = created.json().path("id").asLong();
        var changed = admin.put(
                "/api/v1/batches/" + id,
                Map.of("year", year, "opensAt", "2000-01-01T00:00:00Z", "closesAt", "2001-01-01T00:00:00Z"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("open").asBoolean()).isTrue();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("open").asBoolean()).isFalse();
        var enterprise = given.registeredEnterprise("411602");
        var listed = api.as(enterprise.username(), Fixtures.PASSWORD)
                .get("/api/v1/batches")
                .json();
        assertThat(listed.findValuesAsText("year")).contains(String.valueOf(year));
    }

    @Test
    void batch_duplicateYear_isConflict_andClosingBeforeOpening_isRefused() {
        var admin = api.as(given.staff(Role.ADMIN, "410000").username(), Fixtures.PASSWORD);
        var existing = given.openBatch();

        var duplicate = admin.post(
                "/api/v1/batches",
                Map.of("year", existing.year(), "opensAt", "2000-01-01T00:00:00Z", "closesAt", "2999-01-01T00:00:00Z"));
        var backwards = admin.post(
                "/api/v1/batches",
                Map.of("year", freeYear(admin), "opensAt", "2030-01-01T00:00:00Z", "closesAt", "2029-01-01T00:00:00Z"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.fieldError("closesAt")).isEqualTo("截止时间应晚于开始时间。");
    }

    @Test
    void batch_byNonAdmin_isForbidden() {
        var enterprise = given.registeredEnterprise("411602");

        var response = api.as(enterprise.username(), Fixtures.PASSWORD)
                .post(
                        "/api/v1/batches",
                        Map.of("year", 2099, "opensAt", "2000-01-01T00:00:00Z", "closesAt", "2999-01-01T00:00:00Z"));

        assertThat(response.status()).isEqualTo(403);
    }

    private static int freeYear(cn.henan.cjrh.support.ApiClient admin) {
        var taken = admin.get("/api/v1/batches").json().findValuesAsText("year");
        for (int year = 2100; ; year--) {
            if (!taken.contains(String.valueOf(year))) {
                return year;
            }
        }
    }
}
