package cn.henan.cjrh.directory;

import static cn.henan.cjrh.directory.PublicityIT.concurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.support.ApiClient.Response;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 认证目录: entries made through the service as the workflow does, searched through the public API. */
class DirectoryIT extends IntegrationTest {
    @Autowired
    DirectoryService directory;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    ApplicationService applications;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void enter_copiesTheEnterprise_atProvincialLevel() {
        var draft = given.draftApplication("411602", ApplicationForm.empty()); // 川汇区, 周口
        var certifiedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        var entry = directory.enter(draft.id(), certifiedAt);

        assertThat(entry.enterpriseId()).isEqualTo(draft.enterprise().id());
        assertThat(entry.applicationNumber()).isEqualTo(draft.application().number());
        assertThat(entry.uscc()).isEqualTo(draft.enterprise().uscc());
        assertThat(entry.name()).isEqualTo(nameOf(draft));
        assertThat(entry.cityCode()).isEqualTo("411600");
        assertThat(entry.countyCode()).isEqualTo("411602");
        assertThat(entry.level()).isEqualTo(DirectoryLevel.PROVINCIAL);
        assertThat(entry.certifiedAt()).isEqualTo(certifiedAt);
        assertThat(directory.entryFor(draft.enterprise().id())).contains(entry);
        assertThat(audit.trailOf("APPLICATION", String.valueOf(draft.id())))
                .filteredOn(record -> record.action().equals("ENTERPRISE_LISTED"))
                .singleElement()
                .satisfies(record -> assertThat(record.details()).containsEntry("uscc", entry.uscc()));
    }

    @Test
    void entry_isFoundAnonymously_byNameUsccPrefixAndCity() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        directory.enter(draft.id(), clock.instant());
        var name = nameOf(draft);
        var uscc = draft.enterprise().uscc();

        assertThat(found(search("q=" + encode(name)), uscc)).as("whole name").isNotNull();
        assertThat(found(search("q=" + encode(name.substring(2, name.length() - 2))), uscc))
                .as("part of the name")
                .isNotNull();
        assertThat(found(search("q=" + uscc.substring(0, 14)), uscc))
                .as("USCC prefix")
                .isNotNull();
        assertThat(found(search("q=" + uscc.substring(0, 14).toLowerCase()), uscc))
                .as("USCC prefix, lower case")
                .isNotNull();
        assertThat(found(search("q=" + uscc.substring(4)), uscc))
                .as("USCC middle is no prefix")
                .isNull();
        assertThat(found(search("q=" + encode(name) + "&city=411600"), uscc))
                .as("its city")
                .isNotNull();
        assertThat(found(search("q=" + encode(name) + "&city=410100"), uscc))
                .as("another city")
                .isNull();
        assertThat(found(search("city=411600&size=200"), uscc)).as("city alone").isNotNull();
    }

    @Test
    void listing_hasThePublicFields() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var entry = directory.enter(draft.id(), clock.instant());

        var item = found(
                search("q=" + draft.enterprise().uscc()), draft.enterprise().uscc());

        assertThat(item.path("name").asText()).isEqualTo(entry.name());
        assertThat(item.path("cityCode").asText()).isEqualTo("411600");
        assertThat(item.path("cityName").asText()).isEqualTo("周口市");
        assertThat(item.path("countyCode").asText()).isEqualTo("411602");
        assertThat(item.path("countyName").asText()).isEqualTo("川汇区");
        assertThat(item.path("applicationNumber").asText()).isEqualTo(entry.applicationNumber());
        assertThat(item.path("level").asText()).isEqualTo("PROVINCIAL");
        assertThat(Instant.parse(item.path("certifiedAt").asText()))
                .isCloseTo(entry.certifiedAt(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
    }

    @Test
    void search_isPaged() {
        var first = given.draftApplication("411602", ApplicationForm.empty());
        var second = given.draftApplication("411602", ApplicationForm.empty());
        directory.enter(first.id(), clock.instant().minusSeconds(10));
        directory.enter(second.id(), clock.instant());
        var prefix = "q=" + first.enterprise().uscc().substring(0, 10); // 91411602MA: every test enterprise of 川汇区

        var page0 = search(prefix + "&page=0&size=1");
        var page1 = search(prefix + "&page=1&size=1");

        assertThat(page0.json().path("page").asInt()).isZero();
        assertThat(page0.json().path("size").asInt()).isEqualTo(1);
        assertThat(page0.json().path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page0.json().path("items")).hasSize(1);
        assertThat(page1.json().path("page").asInt()).isEqualTo(1);
        assertThat(page1.json().path("items").get(0).path("uscc").asText())
                .isNotEqualTo(page0.json().path("items").get(0).path("uscc").asText());
    }

    @Test
    void likeWildcards_inTheQuery_matchOnlyThemselves() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        directory.enter(draft.id(), clock.instant());

        var percent = search("q=" + encode("%") + "&size=200");
        var underscore = search("q=" + encode("测试企业_") + "&size=200");

        assertThat(found(percent, draft.enterprise().uscc())).isNull();
        assertThat(found(underscore, draft.enterprise().uscc())).isNull();
    }

    @Test
    void removedEntry_isNotListed_butItsRowIsKept() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        directory.enter(draft.id(), clock.instant());
        var enterpriseId = draft.enterprise().id();

        directory.remove(enterpriseId, clock.instant(), "存在弄虚作假行为，撤销认证。");
        directory.remove(enterpriseId, clock.instant(), "重复调用");

        assertThat(found(
                        search("q=" + draft.enterprise().uscc()),
                        draft.enterprise().uscc()))
                .isNull();
        assertThat(directory.entryFor(enterpriseId)).isEmpty();
        assertThat(jdbc.sql("select removal_reason from directory_entry where enterprise_id = :id")
                        .param("id", enterpriseId)
                        .query(String.class)
                        .list())
                .containsExactly("存在弄虚作假行为，撤销认证。");
        assertThat(audit.trailOf("ENTERPRISE", String.valueOf(enterpriseId)))
                .filteredOn(record -> record.action().equals("ENTERPRISE_DELISTED"))
                .hasSize(1);
    }

    @Test
    void remove_withoutReason_isRefused() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        directory.enter(draft.id(), clock.instant());

        assertThatThrownBy(() -> directory.remove(draft.enterprise().id(), clock.instant(), " "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(directory.entryFor(draft.enterprise().id())).isPresent();
    }

    @Test
    void enter_again_returnsTheFirstEntry() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var first = directory.enter(draft.id(), clock.instant());

        var second = directory.enter(draft.id(), clock.instant().plusSeconds(3600));

        assertThat(second).isEqualTo(first);
        assertThat(rowsOf(draft.enterprise().id())).isEqualTo(1);
    }

    @Test
    void enter_twiceAtOnce_makesOneEntry() throws Exception {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var at = clock.instant();

        var results = concurrently(() -> directory.enter(draft.id(), at));

        assertThat(results.get(0)).isEqualTo(results.get(1));
        assertThat(rowsOf(draft.enterprise().id())).isEqualTo(1);
        assertThat(audit.trailOf("APPLICATION", String.valueOf(draft.id())))
                .filteredOn(record -> record.action().equals("ENTERPRISE_LISTED"))
                .hasSize(1);
    }

    @Test
    void enterpriseListedByOneApplication_isNotListedTwice_untilRemoved() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        directory.enter(draft.id(), clock.instant());
        applications.moveTo(draft.id(), ApplicationStatus.REJECTED); // frees the batch for a second application
        var second = applications.create(draft.user(), draft.application().batchId(), ApplicationForm.empty());

        assertThatThrownBy(() -> directory.enter(second.id(), clock.instant()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("directory.already-listed");

        directory.remove(draft.enterprise().id(), clock.instant(), "撤销后重新认证");
        var relisted = directory.enter(second.id(), clock.instant());
        assertThat(directory.entryFor(draft.enterprise().id())).contains(relisted);
        assertThat(rowsOf(draft.enterprise().id())).isEqualTo(2);
    }

    @Test
    void badSearch_isBadRequest_namingTheParameter() {
        var unknownCity = search("city=411602"); // a county, not a city
        var notACode = search("city=abc");
        var longQuery = search("q=" + "企".repeat(101));

        assertThat(unknownCity.status()).isEqualTo(400);
        assertThat(unknownCity.fieldError("city")).contains("411602");
        assertThat(notACode.fieldError("city")).isNotNull();
        assertThat(longQuery.status()).isEqualTo(400);
        assertThat(longQuery.fieldError("q")).isEqualTo("搜索内容不能超过 100 个字。");
    }

    private Response search(String query) {
        return api.get("/api/v1/directory?" + query);
    }

    private static JsonNode found(Response response, String uscc) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().path("items").spliterator(), false)
                .filter(item -> item.path("uscc").asText().equals(uscc))
                .findFirst()
                .orElse(null);
    }

    private String nameOf(DraftApplication draft) {
        return enterprises.find(draft.enterprise().id()).orElseThrow().name();
    }

    private long rowsOf(long enterpriseId) {
        return jdbc.sql("select count(*) from directory_entry where enterprise_id = :id")
                .param("id", enterpriseId)
                .query(Long.class)
                .single();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
