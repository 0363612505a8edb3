package cn.henan.cjrh.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.support.IntegrationTest;
import cn.henan.cjrh.support.ReviewSteps;
import cn.henan.cjrh.workflow.CertificationProcess.Tasks;
import cn.henan.cjrh.workflow.ProcessDiagrams.ProcessStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The diagram's data: the deployed XML and where the application's process stands, for those who may see it. */
class ProcessDiagramsIT extends IntegrationTest {
    @Autowired
    ProcessDiagrams diagrams;

    @Autowired
    ReviewService reviewService;

    @Autowired
    ReviewTasks reviewTasks;

    @Test
    void submittedApplication_isAtCountyReview_afterThePreCheck() {
        var draft = given.submittedEligibleApplication("410802"); // 解放区, 焦作
        var county = given.staff(Role.COUNTY_REVIEWER, "410802");

        var diagram = diagrams.diagramOf(county, draft.id()).orElseThrow();

        assertThat(diagram.bpmnXml())
                .contains("id=\"" + Tasks.COUNTY_REVIEW + "\"")
                .contains("bpmndi:BPMNDiagram");
        assertThat(diagram.progress().activeActivityIds()).containsExactly(Tasks.COUNTY_REVIEW);
        assertThat(diagram.progress().completedActivityIds())
                .contains("StartEvent_ApplicationSubmitted", Tasks.PRE_CHECK)
                .doesNotContain(Tasks.COUNTY_REVIEW, Tasks.MUNICIPAL_REVIEW);
        assertThat(diagram.progress().ended()).isFalse();
        assertThat(diagram.progress().steps())
                .extracting(ProcessStep::name, ProcessStep::state)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("规则预审", ProcessStep.State.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("县级初审", ProcessStep.State.ACTIVE));
        assertThat(diagram.progress().steps()).extracting(ProcessStep::name).doesNotContain("预审结论？");
    }

    @Test
    void approvedAtCounty_movesTheMarkToMunicipalReview_forTheEnterpriseToo() {
        var draft = given.submittedEligibleApplication("410802");
        new ReviewSteps(reviewService, reviewTasks).approve(given.staff(Role.COUNTY_REVIEWER, "410802"), draft.id());

        var progress = diagrams.progressOf(draft.user(), draft.id()).orElseThrow();

        assertThat(progress.activeActivityIds()).containsExactly(Tasks.MUNICIPAL_REVIEW);
        assertThat(progress.completedActivityIds()).contains(Tasks.COUNTY_REVIEW);
    }

    @Test
    void draft_hasNoProcessYet() {
        var draft = given.draftApplication("410802", null);

        assertThat(diagrams.diagramOf(draft.user(), draft.id())).isEmpty();
    }

    @Test
    void reviewerOfAnotherCounty_getsNotFound() {
        var draft = given.submittedEligibleApplication("410802");
        var outsider = given.staff(Role.COUNTY_REVIEWER, "410803");
        var otherCity = given.staff(Role.CITY_REVIEWER, "410100");

        assertThatThrownBy(() -> diagrams.diagramOf(outsider, draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> diagrams.progressOf(otherCity, draft.id())).isInstanceOf(NotFoundException.class);
    }
}
