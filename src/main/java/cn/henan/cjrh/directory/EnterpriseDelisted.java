package cn.henan.cjrh.directory;

import java.time.Instant;

/** An enterprise's directory entry was removed (after revocation); the row is kept with its reason. */
public record EnterpriseDelisted(
        long enterpriseId, long applicationId, String uscc, Instant removedAt, String reason) {}
