package cn.henan.cjrh.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.rules.Assessment;
import cn.henan.cjrh.rules.IncentiveItem;
import cn.henan.cjrh.rules.Pillar;
import cn.henan.cjrh.rules.SurchargeOffsetYear;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 激励兑现: a bundle granted through the service as the workflow does, read through the API by who may see it. */
class IncentivesIT extends IntegrationTest {
    private static final IncentiveItem OFFSET = new IncentiveItem(
            Pillar.FISCAL,
            "FISCAL_SURCHARGE_OFFSET",
            "教育费附加、地方教育附加抵免",
            "全国",
            "财税〔2019〕46号 第三条",
            new BigDecimal("450000.00"),
            "按当年投资额的 30% 抵免当年应缴教育费附加和地方教育附加，不足部分结转以后年度。",
            List.of(
                    new SurchargeOffsetYear(
                            2025,
                            new BigDecimal("600000.00"),
                            new BigDecimal("250000.00"),
                            new BigDecimal("350000.00")),
                    new SurchargeOffsetYear(
                            2026, new BigDecimal("0.00"), new BigDecimal("200000.00"), new BigDecimal("150000.00"))));
    private static final IncentiveItem APPRENTICES = new IncentiveItem(
            Pillar.FISCAL,
            "FISCAL_APPRENTICESHIP_SUBSIDY",
            "企业新型学徒制培训补贴",
            "河南省",
            "豫人社〔2021〕号",
            new BigDecimal("80000.00"),
            "中级工 10 人 × 5000 元 + 高级工 5 人 × 6000 元",
            List.of());
    private static final IncentiveItem LOANS = new IncentiveItem(
            Pillar.FINANCE, "FIN_BANK_LOANS", "产教融合项目贷款支持", "全国；周口市", "发改社会〔2019〕699号", null, "政策未规定金额。", List.of());

    @Autowired
    IncentiveGrants grants;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void grant_storesEveryItemAsComputed_withTheRulesetVersion() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var at = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        var bundle = grants.grant(draft.id(), draft.enterprise().id(), assessment(3, OFFSET, APPRENTICES, LOANS), at);

        assertThat(bundle.applicationId()).isEqualTo(draft.id());
        assertThat(bundle.enterpriseId()).isEqualTo(draft.enterprise().id());
        assertThat(bundle.rulesetVersion()).isEqualTo(3);
        assertThat(bundle.grantedAt()).isEqualTo(at);
        assertThat(bundle.items()).containsExactly(OFFSET, APPRENTICES, LOANS);
        assertThat(audit.trailOf("APPLICATION", String.valueOf(draft.id())))
                .filteredOn(record -> record.action().equals("INCENTIVES_GRANTED"))
                .singleElement()
                .satisfies(record -> assertThat(record.details())
                        .containsEntry("rulesetVersion", 3)
                        .containsEntry(
                                "codes",
                                List.of("FISCAL_SURCHARGE_OFFSET", "FISCAL_APPRENTICESHIP_SUBSIDY", "FIN_BANK_LOANS")));
    }

    @Test
    void grantedBundle_isShownToTheEnterprise_withAmountsAndDetails() {
        var draft = granted("411602");

        var response = api.as(draft.enterprise().username(), Fixtures.PASSWORD)
                .get("/api/v1/enterprises/" + draft.enterprise().id() + "/incentives");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var json = response.json();
        assertThat(json.path("enterpriseId").asLong())
                .isEqualTo(draft.enterprise().id());
        assertThat(json.path("applicationId").asLong()).isEqualTo(draft.id());
        assertThat(json.path("rulesetVersion").asInt()).isEqualTo(2);
        assertThat(json.path("granted").asBoolean()).isTrue();
        assertThat(json.path("grantedAt").isTextual()).isTrue();
        var items = json.path("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).path("code").asText()).isEqualTo("FISCAL_SURCHARGE_OFFSET");
        assertThat(items.get(0).path("pillar").asText()).isEqualTo("FISCAL");
        assertThat(items.get(0).path("amount").decimalValue()).isEqualByComparingTo("450000");
        assertThat(items.get(0).path("details").get(0).path("year").asInt()).isEqualTo(2025);
        assertThat(items.get(0).path("details").get(0).path("carriedForward").decimalValue())
                .isEqualByComparingTo("350000");
        assertThat(items.get(1).path("basis").asText()).contains("中级工 10 人");
        assertThat(items.get(2).path("amount").isNull())
                .as("no amount is invented")
                .isTrue();
        assertThat(items.get(2).path("source").asText()).isEqualTo("发改社会〔2019〕699号");
    }

    @Test
    void grantedBundle_isVisibleWithinTheJurisdictionChain_only() {
        var draft = granted("411602"); // 川汇区, 周口
        var path = "/api/v1/enterprises/" + draft.enterprise().id() + "/incentives";

        assertThat(statusFor(Role.COUNTY_REVIEWER, "411602", path)).isEqualTo(200);
        assertThat(statusFor(Role.CITY_REVIEWER, "411600", path)).isEqualTo(200);
        assertThat(statusFor(Role.PROVINCE_REVIEWER, "410000", path)).isEqualTo(200);
        assertThat(statusFor(Role.COUNTY_REVIEWER, "411621", path)).isEqualTo(404); // 扶沟县
        assertThat(statusFor(Role.CITY_REVIEWER, "410100", path)).isEqualTo(404); // 郑州
        assertThat(statusFor(Role.POLICY_EDITOR, "410000", path)).isEqualTo(404);
        var other = given.registeredEnterprise("411602");
        assertThat(api.as(other.username(), Fixtures.PASSWORD).get(path).status())
                .isEqualTo(404);
        assertThat(api.get(path).status()).isEqualTo(401);
    }

    @Test
    void cityReviewer_ofTheGeographicCity_doesNotSeeAProvinceAdministeredCounty() {
        var draft = granted("411628"); // 鹿邑县, 省直管
        var path = "/api/v1/enterprises/" + draft.enterprise().id() + "/incentives";

        assertThat(statusFor(Role.CITY_REVIEWER, "411600", path)).isEqualTo(404);
        assertThat(statusFor(Role.PROVINCE_REVIEWER, "410000", path)).isEqualTo(200);
    }

    @Test
    void beforeAnyGrant_theBundleIsEmpty() {
        var enterprise = given.registeredEnterprise("411602");

        var response = api.as(enterprise.username(), Fixtures.PASSWORD)
                .get("/api/v1/enterprises/" + enterprise.id() + "/incentives");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("enterpriseId").asLong()).isEqualTo(enterprise.id());
        assertThat(response.json().path("applicationId").isNull()).isTrue();
        assertThat(response.json().path("granted").isBoolean()).isTrue();
        assertThat(response.json().path("granted").asBoolean()).isFalse();
        assertThat(response.json().path("items")).isEmpty();
    }

    @Test
    void grant_again_keepsTheFirstBundle() {
        var draft = granted("411602");

        var again = grants.grant(draft.id(), draft.enterprise().id(), assessment(9, LOANS), clock.instant());

        assertThat(again.rulesetVersion()).isEqualTo(2);
        assertThat(again.items()).containsExactly(OFFSET, APPRENTICES, LOANS);
        assertThat(grantRows(draft.id())).isEqualTo(1);
    }

    @Test
    void grant_twiceAtOnce_storesOneBundle() throws Exception {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var assessment = assessment(2, OFFSET, APPRENTICES, LOANS);
        var at = clock.instant();

        var results =
                concurrently(() -> grants.grant(draft.id(), draft.enterprise().id(), assessment, at));

        assertThat(results.get(0)).isEqualTo(results.get(1));
        assertThat(grantRows(draft.id())).isEqualTo(1);
        assertThat(jdbc.sql(
                                """
                                select count(*) from granted_incentive i join incentive_grant g on g.id = i.grant_id
                                where g.application_id = :id
                                """)
                        .param("id", draft.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void grant_forAnotherEnterprisesApplication_isRefused() {
        var draft = given.draftApplication("411602", ApplicationForm.empty());
        var other = given.registeredEnterprise("411602");

        assertThatThrownBy(() -> grants.grant(draft.id(), other.id(), assessment(2, LOANS), clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(grantRows(draft.id())).isZero();
    }

    private DraftApplication granted(String county) {
        var draft = given.draftApplication(county, ApplicationForm.empty());
        grants.grant(draft.id(), draft.enterprise().id(), assessment(2, OFFSET, APPRENTICES, LOANS), clock.instant());
        return draft;
    }

    private static Assessment assessment(int rulesetVersion, IncentiveItem... items) {
        return new Assessment(true, false, rulesetVersion, List.of(), List.of(items));
    }

    private int statusFor(Role role, String jurisdiction, String path) {
        var user = given.staff(role, jurisdiction);
        return api.as(user.username(), Fixtures.PASSWORD).get(path).status();
    }

    private long grantRows(long applicationId) {
        return jdbc.sql("select count(*) from incentive_grant where application_id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single();
    }

    private static <T> List<T> concurrently(Callable<T> task) throws Exception {
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
