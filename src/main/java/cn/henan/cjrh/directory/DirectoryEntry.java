package cn.henan.cjrh.directory;

import java.time.Instant;

/**
 * 认证目录 — one certified enterprise as listed: name, USCC and place copied at certification. A removed entry (after
 * revocation) keeps its row with {@code removedAt} and the reason.
 */
public record DirectoryEntry(
        long id,
        long enterpriseId,
        long applicationId,
        String applicationNumber,
        String uscc,
        String name,
        String cityCode,
        String countyCode,
        DirectoryLevel level,
        Instant certifiedAt,
        Instant removedAt,
        String removalReason) {

    public boolean isPresent() {
        return removedAt == null;
    }
}
