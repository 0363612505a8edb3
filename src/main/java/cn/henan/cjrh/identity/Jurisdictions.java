package cn.henan.cjrh.identity;

import cn.henan.cjrh.shared.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Henan's jurisdiction tree, read once from the seeded table (a few hundred rows that change only with a migration) and
 * answered from memory: every queue and visibility check asks it.
 */
@Service
public class Jurisdictions {
    private final JdbcClient jdbc;
    private volatile Map<String, Jurisdiction> byCode;

    Jurisdictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(code == null ? null : all().get(code));
    }

    public Jurisdiction get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("identity.jurisdiction.not-found", code));
    }

    /** The province and its city-level units (the answer to {@code GET /jurisdictions} without a parent). */
    public List<Jurisdiction> provinceAndCities() {
        return all().values().stream()
                .filter(j -> j.isProvince() || j.isCity())
                .sorted(Comparator.comparing(Jurisdiction::code))
                .toList();
    }

    /** The units directly under {@code parentCode}, development zones left out unless asked for. */
    public List<Jurisdiction> childrenOf(String parentCode, boolean includeDevelopmentZones) {
        get(parentCode);
        return all().values().stream()
                .filter(j -> parentCode.equals(j.parentCode()))
                .filter(j -> includeDevelopmentZones || !j.developmentZone())
                .sorted(Comparator.comparing(Jurisdiction::code))
                .toList();
    }

    /**
     * Whether an enterprise may register with this county code: a Henan county or district (not a development zone),
     * or 济源示范区, which has no counties (DESIGN.md §2).
     */
    public boolean isRegistrableCounty(String code) {
        return find(code)
                .map(j -> (j.isCounty() && !j.developmentZone()) || Jurisdiction.JIYUAN.equals(j.code()))
                .orElse(false);
    }

    /** The city-level unit an enterprise's county belongs to (济源 is its own city). */
    public String cityOf(String countyCode) {
        var unit = get(countyCode);
        return unit.isCounty() ? unit.parentCode() : unit.code();
    }

    /** Whether applications from this county skip municipal review (省直管县（市）). */
    public boolean reportsDirectlyToProvince(String countyCode) {
        return find(countyCode).map(Jurisdiction::reportsDirectlyToProvince).orElse(false);
    }

    /**
     * Whether a scope (a user's jurisdiction) covers an enterprise registered in {@code countyCode}: the province
     * covers all; a city its counties except its 省直管县 (which answer to the province); a county itself.
     */
    public boolean covers(String scopeCode, String countyCode) {
        var scope = find(scopeCode).orElse(null);
        var county = find(countyCode).orElse(null);
        if (scope == null || county == null) {
            return false;
        }
        return switch (scope.level()) {
            case PROVINCE -> true;
            case CITY ->
                scope.code().equals(county.code())
                        || (scope.code().equals(county.parentCode()) && !county.reportsDirectlyToProvince());
            case COUNTY -> scope.code().equals(county.code());
        };
    }

    private Map<String, Jurisdiction> all() {
        var loaded = byCode;
        if (loaded == null) {
            loaded = jdbc
                    .sql(
                            """
                            select code, name, level, parent_code, reports_directly_to_province, development_zone
                            from jurisdiction
                            """)
                    .query((rs, n) -> new Jurisdiction(
                            rs.getString("code"),
                            rs.getString("name"),
                            JurisdictionLevel.valueOf(rs.getString("level")),
                            rs.getString("parent_code"),
                            rs.getBoolean("reports_directly_to_province"),
                            rs.getBoolean("development_zone")))
                    .list()
                    .stream()
                    .collect(Collectors.toUnmodifiableMap(Jurisdiction::code, Function.identity()));
            byCode = loaded;
        }
        return loaded;
    }
}
