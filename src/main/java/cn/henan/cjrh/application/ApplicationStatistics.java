package cn.henan.cjrh.application;

import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Application counts for the dashboard (统计看板): per status and per jurisdiction, over exactly the applications the
 * user may see ({@link ApplicationScope}, as the application list). Province-wide the rows are the cities; for one city
 * they are its counties.
 */
@Service
public class ApplicationStatistics {
    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;

    ApplicationStatistics(JdbcClient jdbc, Jurisdictions jurisdictions) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
    }

    /**
     * Counts per status of each city (when {@code cityCode} is null) or of each county of one city. A city reviewer's
     * scope already limits the rows to its city (its 省直管县 left out); a city outside the scope counts nothing.
     */
    public StatusCounts byJurisdiction(PlatformUser user, String cityCode) {
        var scope = ApplicationScope.of(user);
        boolean perCounty = cityCode != null;
        var column = perCounty ? "a.county_code" : "a.city_code";
        var sql = "select " + column + " as code, a.status, count(*) as n from application a where "
                + scope.condition() + (perCounty ? " and a.city_code = :city" : "") + " group by " + column
                + ", a.status";
        var counts = new LinkedHashMap<String, Map<ApplicationStatus, Long>>();
        for (var unit : units(user, cityCode)) {
            counts.put(unit, new EnumMap<>(ApplicationStatus.class));
        }
        jdbc.sql(sql)
                .params(scope.params())
                .param("city", cityCode)
                .query((rs, n) -> new Count(
                        rs.getString("code"), ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(count -> counts.computeIfAbsent(count.code(), code -> new EnumMap<>(ApplicationStatus.class))
                        .put(count.status(), count.n()));
        var rows = new ArrayList<Row>();
        counts.forEach((code, byStatus) -> rows.add(new Row(code, Collections.unmodifiableMap(byStatus))));
        return new StatusCounts(statusesVisibleTo(user), List.copyOf(rows));
    }

    /** Drafts are the enterprise's own until submitted: only admins see them (ApplicationScope). */
    private static List<ApplicationStatus> statusesVisibleTo(PlatformUser user) {
        return Arrays.stream(ApplicationStatus.values())
                .filter(status -> status != ApplicationStatus.DRAFT || user.role() == Role.ADMIN)
                .toList();
    }

    /**
     * The rows shown even when they count nothing: the cities province-wide; a city's counties (without development
     * zones, where no enterprise registers, and for a city reviewer without the 省直管县). 济源 is its own county.
     */
    private List<String> units(PlatformUser user, String cityCode) {
        if (cityCode == null) {
            return jurisdictions.provinceAndCities().stream()
                    .filter(Jurisdiction::isCity)
                    .map(Jurisdiction::code)
                    .toList();
        }
        if (jurisdictions.find(cityCode).filter(Jurisdiction::isCity).isEmpty()) {
            return List.of();
        }
        var counties = jurisdictions.childrenOf(cityCode, false).stream()
                .filter(county -> user.role() != Role.CITY_REVIEWER || !county.reportsDirectlyToProvince())
                .map(Jurisdiction::code)
                .toList();
        return counties.isEmpty() ? List.of(cityCode) : counties;
    }

    private record Count(String code, ApplicationStatus status, long n) {}

    /**
     * @param statuses the statuses the user can see, in process order (the table's columns)
     * @param rows one per jurisdiction, in code order
     */
    public record StatusCounts(List<ApplicationStatus> statuses, List<Row> rows) {
        public long total(ApplicationStatus status) {
            return rows.stream().mapToLong(row -> row.count(status)).sum();
        }

        public long total() {
            return rows.stream().mapToLong(Row::total).sum();
        }
    }

    /** One jurisdiction's counts; a status it has none of counts 0. */
    public record Row(String jurisdictionCode, Map<ApplicationStatus, Long> counts) {
        public long count(ApplicationStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
