package cn.henan.cjrh.rules;

import java.time.Instant;

/**
 * 影响分析任务 — one run of {@link ImpactAnalysis}: the draft version it re-assessed with, how far it got, and (once
 * {@code DONE}) the report. {@code error} says why a {@code FAILED} job stopped.
 */
public record ImpactJob(
        long jobId,
        int version,
        Status status,
        int total,
        int processed,
        Instant startedAt,
        Instant finishedAt,
        String requestedBy,
        ImpactReport result,
        String error) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    /** Share of the applications processed, 0–1 (1 for a job with nothing to do). */
    public double progress() {
        return total == 0 ? (status == Status.RUNNING ? 0 : 1) : Math.min(1.0, (double) processed / total);
    }
}
