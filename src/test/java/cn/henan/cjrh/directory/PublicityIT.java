package cn.henan.cjrh.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.audit.AuditRecord;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.TooManyRequestsException;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.IntegrationTest;
import cn.henan.cjrh.workflow.CertificationProcess;
import cn.henan.cjrh.workflow.CertificationProcess.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 公示 and 异议 through the public API. Publicity is opened through the service; where an objection is accepted, by the
 * certification process itself, since every accepted objection starts its objection check there.
 */
@RecordApplicationEvents
class PublicityIT extends IntegrationTest {
    @Autowired
    PublicityService publicity;

    @Autowired
    DirectoryProperties properties;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Validator validator;

    @Autowired
    RuntimeService runtime;

    @Test
    void openPublicity_isListedAnonymously_withEnterpriseAndWindow() {
        var draft = given.draftApplication("411602", ApplicationForm.empty()); // 川汇区, 周口
        var now = clock.instant();

        var started = publicity.start(draft.id(), now.minusSeconds(60), now.plus(Duration.ofDays(7)));

        var item = listed(draft.id());
        assertThat(item).as("listed").isNotNull();
        assertThat(item.path("applicationNumber").asText())
                .isEqualTo(draft.application().number());
        assertThat(item.path("uscc").asText()).isEqualTo(draft.enterprise().uscc());
        assertThat(item.path("enterpriseName").asText()).startsWith("测试企业");
        assertThat(item.path("cityCode").asText()).isEqualTo("411600");
        assertThat(item.path("cityName").asText()).isEqualTo("周口市");
        assertThat(item.path("countyCode").asText()).isEqualTo("411602");
        assertThat(Instant.parse(item.path("endsAt").asText())).isEqualTo(started.endsAt());
        assertThat(events.stream(PublicityStarted.class).filter(e -> e.applicationId() == draft.id()))
                .hasSize(1);
    }

    @Test
    void publicityNotYetStarted_orAlreadyPast_isNotListed() {
        var future = given.draftApplication("411602", ApplicationForm.empty());
        var past = given.draftApplication("411602", ApplicationForm.empty());
        var now = clock.instant();

        publicity.start(future.id(), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(8)));
        publicity.start(past.id(), now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(1)));

        assertThat(listed(future.id())).isNull();
        assertThat(listed(past.id())).isNull();
        assertThat(objectTo(future.id(), validObjection()).status()).isEqualTo(404);
        assertThat(objectTo(past.id(), validObjection()).status()).isEqualTo(404);
    }

    @Test
    void start_again_returnsTheOpenPublicityUnchanged() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var now = clock.instant();
        var first = publicity.start(draft.id(), now, now.plus(Duration.ofDays(7)));

        var second = publicity.start(draft.id(), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));

        assertThat(second).isEqualTo(first);
        assertThat(publicityRows(draft.id())).isEqualTo(1);
        assertThat(trail(draft.id(), "PUBLICITY_STARTED")).hasSize(1);
    }

    @Test
    void start_twiceAtOnce_opensOnePublicity() throws Exception {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var now = clock.instant();

        var results = concurrently(() -> publicity.start(draft.id(), now, now.plus(Duration.ofDays(7))));

        assertThat(results.get(0).id()).isEqualTo(results.get(1).id());
        assertThat(publicityRows(draft.id())).isEqualTo(1);
        assertThat(trail(draft.id(), "PUBLICITY_STARTED")).hasSize(1);
    }

    @Test
    void objection_isAccepted_storedOpen_andAudited() {
        var draft = inPublicityProcess();

        var response = objectTo(draft.id(), validObjection());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long id = response.json().path("id").asLong();
        assertThat(response.json().path("status").asText()).isEqualTo("OPEN");
        assertThat(response.json().has("contact"))
                .as("personal data is not echoed")
                .isFalse();
        var stored = publicity.objectionsOf(draft.id());
        assertThat(stored).singleElement().satisfies(objection -> {
            assertThat(objection.id()).isEqualTo(id);
            assertThat(objection.name()).isEqualTo("王五");
            assertThat(objection.contact()).isEqualTo("13800138000");
            assertThat(objection.reason()).isEqualTo("该企业近三年发生过重大安全生产事故，不符合认证条件。");
            assertThat(objection.remoteAddress()).isEqualTo("127.0.0.1");
            assertThat(objection.status()).isEqualTo(ObjectionStatus.OPEN);
        });
        assertThat(publicity.hasOpenObjections(draft.id())).isTrue();
        assertThat(trail(draft.id(), "OBJECTION_RAISED")).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo("anonymous");
            assertThat(record.details())
                    .containsEntry("objectionId", (int) id)
                    .containsEntry("number", draft.application().number());
        });
    }

    @Test
    void objectionRaised_isPublishedInTheObjectionsTransaction() {
        var draft = inPublicityProcess();
        var request = new ObjectionRequest("赵六", "zhao.liu@example.com", "申报材料中的合作院校协议与实际情况不符。");

        transactions.executeWithoutResult(status -> {
            var objection = publicity.raise(draft.id(), request, "198.51.100.20");

            assertThat(events.stream(ObjectionRaised.class))
                    .contains(
                            new ObjectionRaised(draft.id(), draft.application().number(), objection.id()));
            assertThat(trail(draft.id(), "OBJECTION_RAISED")).hasSize(1); // the audit listener ran in this transaction
            status.setRollbackOnly();
        });

        assertThat(publicity.objectionsOf(draft.id())).isEmpty();
        assertThat(trail(draft.id(), "OBJECTION_RAISED")).isEmpty();
    }

    @Test
    void invalidObjection_isBadRequest_namingEachField() {
        var draft = inPublicity();

        var response = objectTo(draft.id(), Map.of("name", " ", "contact", "call me maybe", "reason", "太短了"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asText()).isEqualTo("/problems/validation");
        assertThat(response.fieldError("name")).isEqualTo("请填写异议人姓名或单位名称（实名）。");
        assertThat(response.fieldError("contact")).isEqualTo("联系方式应为手机号码、带区号的固定电话或电子邮箱地址。");
        assertThat(response.fieldError("reason")).startsWith("异议理由应为 10–2000 个字");
        assertThat(publicity.objectionsOf(draft.id())).isEmpty();
    }

    @Test
    void objection_withMissingFieldsOrOverlongText_isBadRequest() {
        var draft = inPublicity();

        var missing = objectTo(draft.id(), Map.of());
        var overlong = objectTo(
                draft.id(), Map.of("name", "名".repeat(51), "contact", "0394-8123456", "reason", "理".repeat(2001)));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldError("name")).isNotNull();
        assertThat(missing.fieldError("contact")).isEqualTo("请填写联系方式（手机号码、固定电话或电子邮箱）。");
        assertThat(missing.fieldError("reason")).isEqualTo("请填写异议理由。");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.fieldError("name")).isEqualTo("姓名或单位名称不能超过 50 个字。");
        assertThat(overlong.fieldError("contact"))
                .as("a landline with area code is fine")
                .isNull();
        assertThat(overlong.fieldError("reason")).isNotNull();
    }

    @Test
    void contacts_acceptPhonesAndEmail_only() {
        for (var good : List.of("13800138000", "+86 13800138000", "0371-65901234", "0394 8123456-801", "a.b@gov.cn")) {
            assertThat(contactViolations(good)).as(good).isEmpty();
        }
        for (var bad : List.of("12345", "138001380001", "a@b", "微信 wang5", "0371-123", "a b@example.com")) {
            assertThat(contactViolations(bad)).as(bad).isNotEmpty();
        }
    }

    @Test
    void objection_toApplicationNotInPublicity_isNotFound() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());

        var response = objectTo(draft.id(), validObjection());
        var unknown = objectTo(987_654_321L, validObjection());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("type").asText()).isEqualTo("/problems/not-found");
        assertThat(response.json().path("detail").asText()).contains("当前不在公示期内");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void endedPublicity_isNotListed_andTakesNoObjection_andEndIsIdempotent() {
        var draft = inPublicity();
        assertThat(listed(draft.id())).isNotNull();

        publicity.end(draft.id(), clock.instant());
        publicity.end(draft.id(), clock.instant());

        assertThat(listed(draft.id())).isNull();
        assertThat(publicity.openFor(draft.id())).isEmpty();
        assertThat(objectTo(draft.id(), validObjection()).status()).isEqualTo(404);
        assertThat(trail(draft.id(), "PUBLICITY_ENDED")).hasSize(1);
    }

    @Test
    void publicity_canOpenAgainAfterItEnded() {
        var draft = inPublicity();
        var first = publicity.openFor(draft.id()).orElseThrow();
        publicity.end(draft.id(), clock.instant());
        var now = clock.instant();

        var second = publicity.start(draft.id(), now, now.plus(Duration.ofDays(7)));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(publicityRows(draft.id())).isEqualTo(2);
        assertThat(listed(draft.id())).isNotNull();
    }

    @Test
    void rateLimit_refusesTheAddressAfterItsAllowance_perApplication() {
        var draft = inPublicityProcess();
        var other = inPublicityProcess();
        int allowance = properties.objections().perAddress();
        var request = new ObjectionRequest("钱七", "13900139000", "该企业纳税地不在河南省，与申报内容不符。");

        for (int i = 0; i < allowance; i++) {
            publicity.raise(draft.id(), request, "203.0.113.7");
        }

        assertThatThrownBy(() -> publicity.raise(draft.id(), request, "203.0.113.7"))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(publicity.raise(draft.id(), request, "203.0.113.8").status()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(publicity.raise(other.id(), request, "203.0.113.7").status()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(publicity.objectionsOf(draft.id())).hasSize(allowance + 1);
    }

    @Test
    void rateLimit_overHttp_isTooManyRequestsProblem() {
        var draft = inPublicityProcess(); // fresh: the limit is per address and application, so no other test is hit
        int allowance = properties.objections().perAddress();

        for (int i = 0; i < allowance; i++) {
            assertThat(objectTo(draft.id(), validObjection()).status()).isEqualTo(201);
        }
        var refused = objectTo(draft.id(), validObjection());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asText()).isEqualTo("/problems/too-many-requests");
        assertThat(refused.json().path("title").asText()).isEqualTo("请求过于频繁");
        assertThat(refused.json().path("detail").asText()).contains("最多提出 " + allowance + " 次异议");
        assertThat(publicity.objectionsOf(draft.id())).hasSize(allowance);
    }

    @Test
    void resolveOpenObjections_marksThemWithWhoWhenAndWhy_andLeavesResolvedOnesAlone() {
        var draft = inPublicityProcess();
        var province = Actor.of(given.staff(Role.PROVINCE_REVIEWER, "410000"));
        var request = new ObjectionRequest("孙八", "sun8@example.org", "企业实际未开展校企合作，请核查相关材料。");
        publicity.raise(draft.id(), request, "198.51.100.1");
        publicity.resolveOpenObjections(draft.id(), false, province, "经核查，合作协议真实有效。");
        publicity.raise(draft.id(), request, "198.51.100.2");

        publicity.resolveOpenObjections(draft.id(), true, province, "经核查，异议属实。");

        var objections = publicity.objectionsOf(draft.id());
        assertThat(objections)
                .extracting(Objection::status)
                .containsExactly(ObjectionStatus.DISMISSED, ObjectionStatus.UPHELD);
        assertThat(objections).extracting(Objection::resolutionComment).containsExactly("经核查，合作协议真实有效。", "经核查，异议属实。");
        assertThat(objections).allSatisfy(objection -> {
            assertThat(objection.resolvedBy()).isEqualTo(province.username());
            assertThat(objection.resolvedAt()).isNotNull();
        });
        assertThat(publicity.hasOpenObjections(draft.id())).isFalse();
        assertThat(trail(draft.id(), "OBJECTION_DISMISSED"))
                .singleElement()
                .satisfies(record -> assertThat(record.actorRole()).isEqualTo("PROVINCE_REVIEWER"));
        assertThat(trail(draft.id(), "OBJECTION_UPHELD")).hasSize(1);
    }

    @Test
    void raise_withoutOpenPublicity_throwsNotFound() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());

        assertThatThrownBy(() -> publicity.raise(draft.id(), validRequest(), "198.51.100.3"))
                .isInstanceOf(NotFoundException.class);
    }

    /**
     * An application whose certification process has reached publicity (公示): the workflow opens the publicity, and an
     * objection's {@link ObjectionRaised} starts its objection check, as in production.
     */
    private DraftApplication inPublicityProcess() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var application = draft.application();
        runtime.createProcessInstanceByKey(CertificationProcess.KEY)
                .businessKey(application.number())
                .setVariable(Variables.APPLICATION_ID, application.id())
                .setVariable(Variables.APPLICATION_NUMBER, application.number())
                .setVariable(Variables.ENTERPRISE_ID, application.enterpriseId())
                .setVariable(Variables.COUNTY_CODE, application.countyCode())
                .setVariable(Variables.CITY_CODE, application.cityCode())
                .startBeforeActivity(CertificationProcess.Events.PUBLICITY)
                .execute();
        assertThat(publicity.openFor(draft.id())).as("opened by the workflow").isPresent();
        return draft;
    }

    /** An application with an open publicity and no process: enough for what never reaches the workflow. */
    private DraftApplication inPublicity() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var now = clock.instant();
        publicity.start(draft.id(), now.minusSeconds(60), now.plus(Duration.ofDays(7)));
        return draft;
    }

    private JsonNode listed(long applicationId) {
        var response = api.get("/api/v1/publicity");
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().path("items").spliterator(), false)
                .filter(item -> item.path("applicationId").asLong() == applicationId)
                .findFirst()
                .orElse(null);
    }

    private cn.henan.cjrh.support.ApiClient.Response objectTo(long applicationId, Object body) {
        return api.post("/api/v1/publicity/" + applicationId + "/objections", body);
    }

    private static Map<String, String> validObjection() {
        return Map.of("name", "王五", "contact", "13800138000", "reason", "该企业近三年发生过重大安全生产事故，不符合认证条件。");
    }

    private List<String> contactViolations(String contact) {
        return validator.validate(new ObjectionRequest("王五", contact, "该企业近三年发生过重大安全生产事故，不符合认证条件。")).stream()
                .map(violation -> violation.getPropertyPath().toString())
                .toList();
    }

    private static ObjectionRequest validRequest() {
        return new ObjectionRequest("王五", "13800138000", "该企业近三年发生过重大安全生产事故，不符合认证条件。");
    }

    private long publicityRows(long applicationId) {
        return jdbc.sql("select count(*) from publicity where application_id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single();
    }

    private List<AuditRecord> trail(long applicationId, String action) {
        return audit.trailOf("APPLICATION", String.valueOf(applicationId)).stream()
                .filter(record -> record.action().equals(action))
                .toList();
    }

    static <T> List<T> concurrently(Callable<T> task) throws Exception {
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<T> together = () -> {
                barrier.await();
                return task.call();
            };
            var first = pool.submit(together);
            var second = pool.submit(together);
            return List.of(first.get(), second.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
