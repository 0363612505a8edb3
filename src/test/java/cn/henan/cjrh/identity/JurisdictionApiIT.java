package cn.henan.cjrh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JurisdictionApiIT extends IntegrationTest {

    @Test
    void withoutParent_listsTheProvinceAndItsEighteenCityLevelUnits() {
        var response = api.get("/api/v1/jurisdictions");

        assertThat(response.status()).isEqualTo(200);
        var units = response.json();
        assertThat(units).hasSize(19);
        assertThat(units.get(0).path("code").asText()).isEqualTo("410000");
        assertThat(units.get(0).path("level").asText()).isEqualTo("PROVINCE");
        assertThat(codes(units)).contains("410100", "411200", "411600", "419001");
        var jiyuan = find(units, "419001");
        assertThat(jiyuan.path("name").asText()).isEqualTo("济源示范区");
        assertThat(jiyuan.path("level").asText()).isEqualTo("CITY");
        assertThat(jiyuan.path("parentCode").asText()).isEqualTo("410000");
    }

    @Test
    void zhoukou_hasTenCountyLevelUnits_withLuyiReportingToTheProvince() {
        var response = api.get("/api/v1/jurisdictions?parent=411600");

        assertThat(response.status()).isEqualTo(200);
        var units = response.json();
        assertThat(codes(units))
                .containsExactly(
                        "411602", "411603", "411621", "411622", "411623", "411624", "411625", "411627", "411628",
                        "411681");
        for (var unit : units) {
            assertThat(unit.path("level").asText()).isEqualTo("COUNTY");
            assertThat(unit.path("parentCode").asText()).isEqualTo("411600");
            assertThat(unit.path("reportsDirectlyToProvince").asBoolean())
                    .as(unit.path("name").asText())
                    .isEqualTo(unit.path("code").asText().equals("411628"));
        }
        assertThat(find(units, "411628").path("name").asText()).isEqualTo("鹿邑县");
    }

    @Test
    void developmentZones_onlyWhenAskedFor() {
        var response = api.get("/api/v1/jurisdictions?parent=411600&includeDevelopmentZones=true");

        assertThat(codes(response.json())).contains("411671");
        assertThat(find(response.json(), "411671").path("developmentZone").asBoolean())
                .isTrue();
    }

    @Test
    void unitWithoutChildren_isEmptyList() {
        assertThat(api.get("/api/v1/jurisdictions?parent=411628").json()).isEmpty();
        assertThat(api.get("/api/v1/jurisdictions?parent=419001").json()).isEmpty();
    }

    @Test
    void unknownParent_isNotFoundProblem() {
        var response = api.get("/api/v1/jurisdictions?parent=999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).contains("999999");
    }

    private static List<String> codes(JsonNode units) {
        var codes = new ArrayList<String>();
        units.forEach(unit -> codes.add(unit.path("code").asText()));
        return codes;
    }

    private static JsonNode find(JsonNode units, String code) {
        for (var unit : units) {
            if (code.equals(unit.path("code").asText())) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + code);
    }
}
