package cn.henan.cjrh.directory;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.review.ReviewService;
import cn.henan.cjrh.support.Certification;
import cn.henan.cjrh.support.IntegrationTest;
import cn.henan.cjrh.support.ReviewSteps;
import cn.henan.cjrh.workflow.ReviewTasks;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory against the cities' targets (DOMAIN.md §8): present entries now and at the deadline. */
class DirectoryStatisticsIT extends IntegrationTest {
    @Autowired
    DirectoryStatistics statistics;

    @Autowired
    DirectoryService directory;

    @Autowired
    ReviewService reviewService;

    @Autowired
    ReviewTasks reviewTasks;

    @Autowired
    Clock clock;

    @Test
    void targets_areTheSeedsThreeCities_withTheirNumbers() {
        assertThat(statistics.progressOfCity(null))
                .extracting(p -> p.target().cityCode(), p -> p.target().target())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("411600", 25),
                        org.assertj.core.groups.Tuple.tuple("410100", 100),
                        org.assertj.core.groups.Tuple.tuple("411200", 20));
        assertThat(statistics.progressOfCity("411200"))
                .extracting(DirectoryStatistics.TargetProgress::target)
                .containsExactly(DirectoryTarget.SANMENXIA);
        assertThat(statistics.progressOfCity("410600")).isEmpty(); // 鹤壁 set no number
        assertThat(DirectoryTarget.SANMENXIA.approximate()).isTrue();
        assertThat(DirectoryTarget.ZHOUKOU.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void certifiedEnterprise_countsNow_andNoLongerOnceRemoved() {
        var before = statistics.progress(DirectoryTarget.SANMENXIA);

        var certified = new Certification(given, new ReviewSteps(reviewService, reviewTasks))
                .certifiedApplication("411224", "411200"); // 卢氏县, 三门峡
        var listed = statistics.progress(DirectoryTarget.SANMENXIA);

        assertThat(listed.current()).isEqualTo(before.current() + 1);
        boolean afterDeadline = LocalDate.now(clock).isAfter(DirectoryTarget.SANMENXIA.deadline());
        assertThat(listed.deadlinePassed()).isEqualTo(afterDeadline);
        assertThat(listed.reachedAtDeadline())
                .isEqualTo(before.reachedAtDeadline() + (afterDeadline ? 0 : 1)); // listed after the deadline
        assertThat(listed.percent()).isEqualTo((int) Math.min(100, listed.current() * 100 / 20));

        directory.remove(certified.enterprise().id(), clock.instant(), "测试：撤销认定");

        assertThat(statistics.progress(DirectoryTarget.SANMENXIA).current()).isEqualTo(before.current());
    }
}
