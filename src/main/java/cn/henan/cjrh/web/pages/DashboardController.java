package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.ApplicationStatistics;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.directory.DirectoryStatistics;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.web.security.CurrentUser;
import cn.henan.cjrh.workflow.ReviewStatistics;
import cn.henan.cjrh.workflow.ReviewStatistics.OverdueCount;
import cn.henan.cjrh.workflow.ReviewStatistics.ReviewTime;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 统计看板 for the city and the province (and admins): applications per status and jurisdiction, median review time
 * per level, overdue open reviews, and the directory against the cities' targets. A city reviewer sees its own city's
 * counties; the province sees the cities and may drill down to one. The numbers are the modules'; this only renders.
 */
@Controller
@PreAuthorize("hasAnyRole('CITY_REVIEWER', 'PROVINCE_REVIEWER', 'ADMIN')")
class DashboardController {
    private final ApplicationStatistics applications;
    private final ReviewStatistics reviews;
    private final DirectoryStatistics directory;
    private final Jurisdictions jurisdictions;
    private final MessageSource messages;

    DashboardController(
            ApplicationStatistics applications,
            ReviewStatistics reviews,
            DirectoryStatistics directory,
            Jurisdictions jurisdictions,
            MessageSource messages) {
        this.applications = applications;
        this.reviews = reviews;
        this.directory = directory;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @CurrentUser PlatformUser user, @RequestParam(required = false) String city, Model model, Locale locale) {
        var cityCode = cityOf(user, city);
        var counts = applications.byJurisdiction(user, cityCode);
        model.addAttribute("user", user);
        model.addAttribute("cityCode", cityCode);
        model.addAttribute("scopeName", cityCode == null ? nameOf(Jurisdiction.HENAN) : nameOf(cityCode));
        model.addAttribute("canDrillDown", user.role() != Role.CITY_REVIEWER);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "rows",
                counts.rows().stream()
                        .map(row -> new NamedRow(
                                nameOf(row.jurisdictionCode()),
                                row,
                                cityCode == null && user.role() != Role.CITY_REVIEWER,
                                jurisdictions
                                        .find(row.jurisdictionCode())
                                        .map(Jurisdiction::reportsDirectlyToProvince)
                                        .orElse(false)))
                        .toList());
        model.addAttribute(
                "reviewTimes",
                reviews.medianReviewTimes(user, cityCode).stream()
                        .map(time -> new TimeRow(time, durationText(time.median(), locale), days(time.median())))
                        .toList());
        var overdue = reviews.overdueOpenTasks(user, cityCode);
        model.addAttribute(
                "overdue",
                overdue.stream()
                        .map(count -> new OverdueRow(count, workbenchLink(user, count.level())))
                        .toList());
        model.addAttribute(
                "overdueTotal",
                overdue.stream().mapToLong(OverdueCount::overdue).sum());
        model.addAttribute(
                "underReview",
                counts.total(ApplicationStatus.COUNTY_REVIEW)
                        + counts.total(ApplicationStatus.MUNICIPAL_REVIEW)
                        + counts.total(ApplicationStatus.PROVINCIAL_REVIEW));
        model.addAttribute("certified", counts.total(ApplicationStatus.CERTIFIED));
        model.addAttribute(
                "targets",
                directory.progressOfCity(cityCode).stream()
                        .map(progress -> new TargetRow(nameOf(progress.target().cityCode()), progress))
                        .toList());
        return "dashboard/index";
    }

    /** A city reviewer always sees its own city; the province and admins all cities, or one they pick. */
    private String cityOf(PlatformUser user, String requested) {
        if (user.role() == Role.CITY_REVIEWER) {
            return user.jurisdictionCode();
        }
        if (requested == null || requested.isBlank()) {
            return null;
        }
        return jurisdictions
                .find(requested)
                .filter(Jurisdiction::isCity)
                .map(Jurisdiction::code)
                .orElseThrow(() -> new NotFoundException("dashboard.city.not-found", requested));
    }

    /**
     * Where the overdue tasks of a level are listed: one's own level in the queue filtered to overdue tasks, the
     * levels one supervises in the workbench's "下级超期未办" list; none for a level above the caller.
     */
    private static String workbenchLink(PlatformUser user, String level) {
        var own =
                switch (user.role()) {
                    case CITY_REVIEWER -> "MUNICIPAL_REVIEW";
                    case PROVINCE_REVIEWER -> "PROVINCIAL_REVIEW";
                    default -> null;
                };
        if (level.equals(own)) {
            return UriComponentsBuilder.fromPath("/workbench")
                    .queryParam("step", level)
                    .queryParam("overdue", true)
                    .build()
                    .toUriString();
        }
        boolean supervised = user.role() == Role.ADMIN
                || user.role() == Role.PROVINCE_REVIEWER
                || (user.role() == Role.CITY_REVIEWER && level.equals("COUNTY_REVIEW"));
        return supervised ? "/workbench#supervised" : null;
    }

    private String nameOf(String code) {
        return jurisdictions.find(code).map(Jurisdiction::name).orElse(code);
    }

    /** 2.5 天, 5.2 小时, 12 分钟, 不足 1 分钟; empty when nothing was decided. */
    private String durationText(Duration duration, Locale locale) {
        if (duration == null) {
            return messages.getMessage("dashboard.time.none", null, locale);
        }
        if (duration.compareTo(Duration.ofDays(1)) >= 0) {
            return messages.getMessage("dashboard.time.days", new Object[] {oneDecimal(duration, 86_400)}, locale);
        }
        if (duration.compareTo(Duration.ofHours(1)) >= 0) {
            return messages.getMessage("dashboard.time.hours", new Object[] {oneDecimal(duration, 3_600)}, locale);
        }
        if (duration.compareTo(Duration.ofMinutes(1)) >= 0) {
            return messages.getMessage("dashboard.time.minutes", new Object[] {duration.toMinutes()}, locale);
        }
        return messages.getMessage("dashboard.time.under-a-minute", null, locale);
    }

    private static String oneDecimal(Duration duration, long unitSeconds) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0 / unitSeconds);
    }

    /** Days with three decimals, for the chart (empty when nothing was decided). */
    private static String days(Duration duration) {
        return duration == null ? "" : String.format(Locale.ROOT, "%.3f", duration.toMillis() / 86_400_000.0);
    }

    /**
     * @param drillDown whether the row links to the city's own dashboard
     * @param direct a 省直管县 (its reviews skip the city)
     */
    record NamedRow(String name, ApplicationStatistics.Row row, boolean drillDown, boolean direct) {}

    record TimeRow(ReviewTime time, String text, String days) {}

    record OverdueRow(OverdueCount count, String link) {}

    record TargetRow(String cityName, DirectoryStatistics.TargetProgress progress) {}
}
