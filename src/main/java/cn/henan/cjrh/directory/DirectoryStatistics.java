package cn.henan.cjrh.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Progress of the certified directory (认证目录) against the cities' targets ({@link DirectoryTarget}), for the
 * dashboard. The directory is public, so these counts are too.
 */
@Service
public class DirectoryStatistics {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final JdbcClient jdbc;
    private final Clock clock;

    DirectoryStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The targets of one city (null: every city's), each with its counts. */
    public List<TargetProgress> progressOfCity(String cityCode) {
        return Arrays.stream(DirectoryTarget.values())
                .filter(target -> cityCode == null || target.cityCode().equals(cityCode))
                .map(this::progress)
                .toList();
    }

    /**
     * Entries of the target's city and tiers: listed now, and listed at the end of the deadline day (Beijing time),
     * counting those removed later but not those removed before.
     */
    public TargetProgress progress(DirectoryTarget target) {
        var end = target.deadline().plusDays(1).atStartOfDay(BEIJING).toInstant();
        var counts = jdbc.sql(
                        """
                        select count(*) filter (where removed_at is null) as now,
                               count(*) filter (where certified_at < :end and (removed_at is null or removed_at >= :end))
                                   as at_deadline
                        from directory_entry
                        where city_code = :city and level in (:levels)
                        """)
                .param("end", Timestamp.from(end))
                .param("city", target.cityCode())
                .param("levels", target.counted().stream().map(Enum::name).toList())
                .query((rs, n) -> new long[] {rs.getLong("now"), rs.getLong("at_deadline")})
                .single();
        return new TargetProgress(target, counts[1], counts[0], !clock.instant().isBefore(end));
    }

    /**
     * @param reachedAtDeadline entries listed at the end of the deadline day
     * @param current entries listed now
     * @param deadlinePassed whether the deadline day is over
     */
    public record TargetProgress(DirectoryTarget target, long reachedAtDeadline, long current, boolean deadlinePassed) {
        /** The current count as a share of the target, at most 100. */
        public int percent() {
            return (int) Math.min(100, current * 100 / Math.max(1, target.target()));
        }

        public boolean reached() {
            return current >= target.target();
        }
    }
}
