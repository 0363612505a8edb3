package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.DossierVersions;
import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.audit.AuditRecord;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.support.Fixtures.DraftApplication;
import cn.henan.cjrh.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workflow's pre-check: a frozen dossier version assessed once, stored with the ruleset version, audited. */
class AssessmentServiceIT extends IntegrationTest {
    @Autowired
    AssessmentService assessments;

    @Autowired
    DossierVersions dossiers;

    @Autowired
    ApplicationService applications;

    @Autowired
    AuditLog audit;

    @Autowired
    ObjectMapper json;

    @Test
    void assessDossier_usesTheEnterprisesCountyAndSubmissionDate_storesOnce_andNamesTheRulesetVersion() {
        var draft = given.draftApplication("411202", form(ExampleForm.design5a())); // 三门峡 湖滨区
        var dossier = dossiers.freeze(draft.id(), Actor.of(draft.user()));

        var first = assessments.assessDossier(draft.id(), dossier.number());
        var retry = assessments.assessDossier(draft.id(), dossier.number());

        assertThat(first.rulesetVersion()).isEqualTo(1);
        assertThat(first.eligible()).isTrue();
        assertThat(first.incentives())
                .as("三门峡's overlay, so the county decided")
                .anySatisfy(item -> assertThat(item.code()).isEqualTo("FISCAL_INTERNSHIP_SUBSIDY"));
        assertThat(retry).isEqualTo(first);
        assertThat(assessments.storedFor(draft.id(), dossier.number())).contains(first);
        assertThat(assessments.latestFor(draft.id())).contains(first);
        var records = assessedRecords(draft);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo("system");
            assertThat(record.details())
                    .containsEntry("rulesetVersion", 1)
                    .containsEntry("dossierVersion", dossier.number())
                    .containsEntry("eligible", true)
                    .containsEntry("needsReview", false)
                    .containsEntry("jurisdictionCode", "411202")
                    .containsEntry(
                            "asOf",
                            LocalDate.ofInstant(dossier.frozenAt(), ZoneId.of("Asia/Shanghai"))
                                    .toString());
            assertThat(record.details().get("findings").toString()).contains("E01=MET", "P01=NOT_MET");
        });
    }

    @Test
    void assessDossier_calledTwiceAtOnce_storesAndAuditsOnce() throws Exception {
        var draft = given.draftApplication("411602", form(ExampleForm.design5a()));
        var dossier = dossiers.freeze(draft.id(), Actor.of(draft.user()));
        var start = new CountDownLatch(1);

        var one = CompletableFuture.supplyAsync(() -> awaitThen(start, draft, dossier.number()));
        var two = CompletableFuture.supplyAsync(() -> awaitThen(start, draft, dossier.number()));
        start.countDown();

        assertThat(one.get(60, TimeUnit.SECONDS)).isEqualTo(two.get(60, TimeUnit.SECONDS));
        assertThat(assessedRecords(draft)).hasSize(1);
    }

    @Test
    void eachDossierVersion_keepsItsOwnAssessment_latestIsTheNewest() {
        var draft = given.draftApplication("411602", form(ExampleForm.design5a()));
        var firstDossier = dossiers.freeze(draft.id(), Actor.of(draft.user()));
        var first = assessments.assessDossier(draft.id(), firstDossier.number());
        var current = applications.find(draft.id()).orElseThrow();
        applications.update(
                draft.user(),
                draft.id(),
                current.version(),
                form(ExampleForm.design5a().with("basic.paysTaxInHenan", false)));
        var secondDossier = dossiers.freeze(draft.id(), Actor.of(draft.user()));

        var second = assessments.assessDossier(draft.id(), secondDossier.number());

        assertThat(first.eligible()).isTrue();
        assertThat(second.eligible()).isFalse();
        assertThat(second.findings())
                .filteredOn(finding -> finding.clause().equals("E03"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.status()).isEqualTo(FindingStatus.NOT_MET));
        assertThat(assessments.latestFor(draft.id())).contains(second);
        assertThat(assessments.storedFor(draft.id(), firstDossier.number())).contains(first);
        assertThat(assessedRecords(draft)).hasSize(2);
    }

    @Test
    void storedAssessment_isReproducedByItsRulesetVersion() {
        var draft = given.draftApplication("410103", form(ExampleForm.design5a()));
        var dossier = dossiers.freeze(draft.id(), Actor.of(draft.user()));
        var stored = assessments.assessDossier(draft.id(), dossier.number());

        assertThat(assessments.reproduce(draft.id(), dossier.number())).isEqualTo(stored);
    }

    @Test
    void unknownDossierVersion_isNotFound_andNothingIsStored() {
        var draft = given.draftApplication("411602", form(ExampleForm.design5a()));

        assertThatThrownBy(() -> assessments.assessDossier(draft.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.assessDossier(Long.MAX_VALUE, 1)).isInstanceOf(NotFoundException.class);
        assertThat(assessments.latestFor(draft.id())).isEmpty();
        assertThat(assessedRecords(draft)).isEmpty();
    }

    private Assessment awaitThen(CountDownLatch start, DraftApplication draft, int dossierVersion) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return assessments.assessDossier(draft.id(), dossierVersion);
    }

    private List<AuditRecord> assessedRecords(DraftApplication draft) {
        return audit.trailOf("APPLICATION", String.valueOf(draft.id())).stream()
                .filter(record -> record.action().equals("APPLICATION_ASSESSED"))
                .toList();
    }

    private ApplicationForm form(ExampleForm form) {
        return json.convertValue(form.json(), ApplicationForm.class);
    }
}
