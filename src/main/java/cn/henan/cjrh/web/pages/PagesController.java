package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.application.ApplicationSummary;
import cn.henan.cjrh.application.Batch;
import cn.henan.cjrh.application.BatchService;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.web.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The landing page, sign-in and each role's home page. */
@Controller
class PagesController {
    static final int PAGE_SIZE = 20;

    private final Jurisdictions jurisdictions;
    private final ApplicationService applications;
    private final BatchService batches;
    private final EnterpriseService enterprises;

    PagesController(
            Jurisdictions jurisdictions,
            ApplicationService applications,
            BatchService batches,
            EnterpriseService enterprises) {
        this.jurisdictions = jurisdictions;
        this.applications = applications;
        this.batches = batches;
        this.enterprises = enterprises;
    }

    @GetMapping("/")
    String index() {
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/home")
    String home(
            @CurrentUser PlatformUser user,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("user", user);
        model.addAttribute("jurisdictionName", nameOf(user.jurisdictionCode()));
        if (user.role() == Role.ENTERPRISE) {
            enterpriseHome(user, model);
        } else if (user.role().isReviewer() || user.role() == Role.ADMIN) {
            var list = applications.list(user, status, new Page.Request(page, PAGE_SIZE));
            model.addAttribute("applications", list);
            model.addAttribute("rows", list.items().stream().map(this::row).toList());
            model.addAttribute("statuses", ApplicationStatus.values());
            model.addAttribute("status", status);
            model.addAttribute("pages", (int) Math.max(1, (list.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        }
        if (user.role() == Role.ADMIN) {
            model.addAttribute("batches", batchRows());
        }
        return "home";
    }

    private void enterpriseHome(PlatformUser user, Model model) {
        model.addAttribute("enterprise", enterprises.get(user, user.enterpriseId()));
        var own = applications
                .list(user, null, new Page.Request(0, Page.MAX_SIZE))
                .items();
        model.addAttribute("rows", own.stream().map(this::row).toList());
        var open = batches.list().stream().filter(batches::isOpenNow).toList();
        // The service refuses a second open application per batch; offering the button only where it would work
        // saves a pointless round trip.
        var startable = open.stream()
                .filter(batch -> own.stream()
                        .noneMatch(application -> application.batchId() == batch.id()
                                && application.status().blocksNewApplication()))
                .findFirst();
        model.addAttribute("openBatches", open);
        model.addAttribute("startableBatch", startable.orElse(null));
    }

    private List<BatchRow> batchRows() {
        return batches.list().stream()
                .map(batch -> new BatchRow(batch, batches.isOpenNow(batch)))
                .toList();
    }

    private ApplicationRow row(ApplicationSummary summary) {
        return new ApplicationRow(
                summary,
                nameOf(summary.countyCode()),
                batches.find(summary.batchId()).map(Batch::year).orElse(null));
    }

    private String nameOf(String code) {
        return jurisdictions.find(code).map(Jurisdiction::name).orElse(code);
    }

    /** One line of an application list, with what the page shows beside the summary. */
    record ApplicationRow(ApplicationSummary summary, String countyName, Integer batchYear) {
        public boolean editable() {
            return summary.status().isEditable();
        }
    }

    record BatchRow(Batch batch, boolean open) {}
}
