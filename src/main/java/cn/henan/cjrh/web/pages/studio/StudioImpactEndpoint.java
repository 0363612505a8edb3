package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.rules.ImpactAnalysis;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The impact page's progress poll (session, like the page): how far the job is, and whether it is done. */
@RestController
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioImpactEndpoint {
    private final ImpactAnalysis impact;
    private final StudioFormat format;

    StudioImpactEndpoint(ImpactAnalysis impact, StudioFormat format) {
        this.impact = impact;
        this.format = format;
    }

    @GetMapping("/studio/versions/{version}/impact/{jobId}/progress")
    Progress progress(@PathVariable int version, @PathVariable long jobId) {
        var job = impact.job(version, jobId);
        return new Progress(
                job.status().name(), job.processed(), job.total(), format.percent(job.progress()), job.error());
    }

    record Progress(String status, int processed, int total, int percent, String error) {}
}
