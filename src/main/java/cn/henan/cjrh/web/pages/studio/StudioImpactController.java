package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.ImpactAnalysis;
import cn.henan.cjrh.rules.ImpactJob;
import cn.henan.cjrh.rules.RulesetInvalidException;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.TooManyRequestsException;
import cn.henan.cjrh.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 影响分析 ({@code /studio/versions/{v}/impact?job=…}): starts {@link ImpactAnalysis} for the version, shows its
 * progress (the page polls {@link StudioImpactEndpoint}) and, once done, the report — applications that became not
 * eligible and eligible, the clauses that caused it, per city, the incentive amounts that change, a chart — and the
 * CSV of every changed application.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioImpactController {
    private final ImpactAnalysis impact;
    private final StudioVersionModel versionModel;
    private final StudioMessages messages;
    private final Jurisdictions jurisdictions;
    private final StudioFormat format;

    StudioImpactController(
            ImpactAnalysis impact,
            StudioVersionModel versionModel,
            StudioMessages messages,
            Jurisdictions jurisdictions,
            StudioFormat format) {
        this.impact = impact;
        this.versionModel = versionModel;
        this.messages = messages;
        this.jurisdictions = jurisdictions;
        this.format = format;
    }

    @GetMapping("/studio/versions/{version}/impact")
    String page(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam(required = false) Long job,
            Model model) {
        versionModel.fill(user, version, "impact", model);
        var found = job == null ? null : impact.job(version, job);
        model.addAttribute("job", found);
        model.addAttribute("percent", found == null ? 0 : format.percent(found.progress()));
        model.addAttribute("cityNames", found == null ? Map.of() : cityNames(found));
        model.addAttribute("recentJobs", impact.recent(version));
        if (!model.containsAttribute("compileMessages")) {
            model.addAttribute("compileMessages", List.of());
        }
        return "studio/impact";
    }

    @PostMapping("/studio/versions/{version}/impact")
    String start(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var job = impact.start(user, version);
            return "redirect:/studio/versions/" + version + "/impact?job=" + job.jobId();
        } catch (RulesetInvalidException invalid) {
            model.addAttribute("problem", messages.of(invalid, locale));
            model.addAttribute("compileMessages", invalid.messages());
        } catch (TooManyRequestsException | ConflictException refused) {
            model.addAttribute("problem", messages.of(refused, locale));
        }
        return page(user, version, null, model);
    }

    @GetMapping("/studio/versions/{version}/impact/{jobId}.csv")
    void csv(@PathVariable int version, @PathVariable long jobId, HttpServletResponse response) throws IOException {
        impact.requireDone(version, jobId);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"impact-" + version + "-" + jobId + ".csv\"");
        impact.writeCsv(version, jobId, response.getOutputStream());
    }

    private Map<String, String> cityNames(ImpactJob job) {
        var names = new LinkedHashMap<String, String>();
        if (job.result() != null) {
            job.result()
                    .byCity()
                    .keySet()
                    .forEach(code -> names.put(
                            code,
                            jurisdictions.find(code).map(Jurisdiction::name).orElse(code)));
        }
        return names;
    }
}
