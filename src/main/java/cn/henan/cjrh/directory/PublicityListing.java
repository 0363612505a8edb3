package cn.henan.cjrh.directory;

import java.time.Instant;

/** One row of the public publicity list (公示名单), as {@code GET /publicity} answers it. */
public record PublicityListing(
        long applicationId,
        String applicationNumber,
        String enterpriseName,
        String uscc,
        String cityCode,
        String countyCode,
        Instant startsAt,
        Instant endsAt) {}
