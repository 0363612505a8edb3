package cn.henan.cjrh.directory;

import java.time.LocalDate;
import java.util.Set;

/**
 * 认证目标 — the cities' quantified targets for certified enterprises, from the policy seeds (DOMAIN.md §8), with
 * what counts towards each. The 2025 deadlines have passed: the dashboard shows the value reached at the deadline and
 * keeps counting afterwards. City counts follow the GB/T 2260 parent city of the enterprise's county, so a 省直管县's
 * enterprises count under that city (DOMAIN.md §10 item 21).
 */
public enum DirectoryTarget {
    /** 周口: 25 provincial 产教融合型（试点）企业 ("25家以上"; the ledger says 25); provincial and above (inferred). */
    ZHOUKOU(
            "411600",
            25,
            false,
            LocalDate.of(2025, 12, 31),
            Set.of(DirectoryLevel.PROVINCIAL, DirectoryLevel.NATIONAL),
            "S-ZK1",
            "《周口市建设省级产教融合型试点城市工作方案（征求意见稿）》一（三）；重点任务台账第 36 行"),
    /**
     * 郑州: 100 市级及以上 产教融合型企业. The municipal tier comes from the city's own records and is not kept here, so
     * the platform counts its provincial and national entries only: a lower bound of the indicator.
     */
    ZHENGZHOU(
            "410100",
            100,
            false,
            LocalDate.of(2025, 12, 31),
            Set.of(DirectoryLevel.PROVINCIAL, DirectoryLevel.NATIONAL),
            "S-ZZ",
            "《郑州市深化产教融合推进职业教育高质量发展实施方案》（郑政办〔2023〕38号）一（二）、任务 4；工作任务清单第 4 行"),
    /** 三门峡: about 20 产教融合型企业, any tier. */
    SANMENXIA(
            "411200",
            20,
            true,
            LocalDate.of(2025, 12, 31),
            Set.of(DirectoryLevel.PROVINCIAL, DirectoryLevel.NATIONAL),
            "S-SMX",
            "《三门峡市人民政府办公室关于深化产教融合的实施意见》（三政办〔2020〕9号）一（二）");

    private final String cityCode;
    private final int target;
    private final boolean approximate;
    private final LocalDate deadline;
    private final Set<DirectoryLevel> counted;
    private final String sourceId;
    private final String source;

    DirectoryTarget(
            String cityCode,
            int target,
            boolean approximate,
            LocalDate deadline,
            Set<DirectoryLevel> counted,
            String sourceId,
            String source) {
        this.cityCode = cityCode;
        this.target = target;
        this.approximate = approximate;
        this.deadline = deadline;
        this.counted = counted;
        this.sourceId = sourceId;
        this.source = source;
    }

    public String cityCode() {
        return cityCode;
    }

    /** The number of enterprises aimed at. */
    public int target() {
        return target;
    }

    /** "about 20" (左右) rather than "at least". */
    public boolean approximate() {
        return approximate;
    }

    /** The last day of the target year. */
    public LocalDate deadline() {
        return deadline;
    }

    /** The directory tiers that count towards the target. */
    public Set<DirectoryLevel> counted() {
        return counted;
    }

    /** The document's key in DOMAIN.md's source register. */
    public String sourceId() {
        return sourceId;
    }

    /** The document and clause, as cited. */
    public String source() {
        return source;
    }
}
