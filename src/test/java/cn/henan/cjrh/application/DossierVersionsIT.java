package cn.henan.cjrh.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Frozen dossier versions stay readable, and a reviewer sees what changed between them. */
class DossierVersionsIT extends IntegrationTest {
    @Autowired
    DossierVersions versions;

    @Test
    void versionsStayReadable_andTheDiffShowsChangedFieldsAndEvidence() {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);
        var form = ApplicationApiIT.sampleForm();
        client.put("/api/v1/applications/" + draft.id(), Map.of("version", 0, "form", form));
        var first = EvidenceApiIT.upload(client, draft.id(), "BUSINESS_LICENSE", "营业执照.pdf", EvidenceApiIT.pdf(2_000));
        versions.freeze(draft.id(), Actor.of(draft.user()));

        ((Map<String, Object>) form.get("workforce")).put("totalEmployees", 1300);
        client.put("/api/v1/applications/" + draft.id(), Map.of("version", 1, "form", form));
        client.delete("/api/v1/applications/" + draft.id() + "/evidence/"
                + first.json().path("id").asLong());
        var second =
                EvidenceApiIT.upload(client, draft.id(), "BUSINESS_LICENSE", "营业执照-新.pdf", EvidenceApiIT.pdf(3_000));
        versions.freeze(draft.id(), Actor.of(draft.user()));

        var reviewer = api.as(given.staff(Role.COUNTY_REVIEWER, "411602").username(), Fixtures.PASSWORD);
        var v1 = reviewer.get("/api/v1/applications/" + draft.id() + "/versions/1")
                .json();
        var v2 = reviewer.get("/api/v1/applications/" + draft.id() + "/versions/2")
                .json();
        var diff = reviewer.get("/api/v1/applications/" + draft.id() + "/versions/1/diff?to=2")
                .json();

        assertThat(v1.path("form").path("workforce").path("totalEmployees").asInt())
                .isEqualTo(1200);
        assertThat(v1.path("evidence").get(0).path("fileName").asText()).isEqualTo("营业执照.pdf");
        assertThat(v2.path("form").path("workforce").path("totalEmployees").asInt())
                .isEqualTo(1300);
        assertThat(diff.path("changes")).hasSize(1);
        assertThat(diff.path("changes").get(0).path("field").asText()).isEqualTo("workforce.totalEmployees");
        assertThat(diff.path("changes").get(0).path("oldValue").asInt()).isEqualTo(1200);
        assertThat(diff.path("changes").get(0).path("newValue").asInt()).isEqualTo(1300);
        assertThat(diff.path("evidenceAdded").get(0).path("fileName").asText()).isEqualTo("营业执照-新.pdf");
        assertThat(diff.path("evidenceRemoved").get(0).path("fileName").asText())
                .isEqualTo("营业执照.pdf");
        var oldFile = reviewer.get("/api/v1/applications/" + draft.id() + "/evidence/"
                + first.json().path("id").asLong());
        assertThat(oldFile.status())
                .as("a removed file of a frozen version stays downloadable")
                .isEqualTo(200);
        assertThat(second.status()).isEqualTo(201);
    }

    @Test
    void missingVersion_isNotFound_andOtherCountiesSeeNoVersion() {
        var draft = given.draftApplication("411602", null);
        versions.freeze(draft.id(), Actor.of(draft.user()));
        var outsider = api.as(given.staff(Role.COUNTY_REVIEWER, "411621").username(), Fixtures.PASSWORD);
        var owner = api.as(draft.enterprise().username(), Fixtures.PASSWORD);

        assertThat(owner.get("/api/v1/applications/" + draft.id() + "/versions/2")
                        .status())
                .isEqualTo(404);
        assertThat(outsider.get("/api/v1/applications/" + draft.id() + "/versions/1")
                        .status())
                .isEqualTo(404);
    }
}
