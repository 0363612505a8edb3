package cn.henan.cjrh.review;

import java.time.Instant;
import java.util.List;

/** 退回记录 — one return to the enterprise, as the application shows it. */
public record ReturnRecord(
        String level,
        Instant returnedAt,
        String returnedBy,
        String comment,
        List<Decision.FieldComment> fieldComments) {}
