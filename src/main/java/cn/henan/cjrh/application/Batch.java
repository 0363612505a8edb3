package cn.henan.cjrh.application;

import java.time.Instant;

/** 申报批次 — one call for applications; Henan runs one a year. */
public record Batch(long id, int year, Instant opensAt, Instant closesAt) {

    public boolean isOpenAt(Instant moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }

    public boolean isClosedAt(Instant moment) {
        return !moment.isBefore(closesAt);
    }
}
