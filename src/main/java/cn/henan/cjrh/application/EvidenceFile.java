package cn.henan.cjrh.application;

import java.time.Instant;

/** 证明材料 — one evidence file's description (the bytes stay in the database). */
public record EvidenceFile(
        long id,
        EvidenceKind kind,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt,
        String uploadedBy) {}
