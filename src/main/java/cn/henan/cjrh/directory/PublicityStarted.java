package cn.henan.cjrh.directory;

import java.time.Instant;

/** An application's publicity (公示) opened. */
public record PublicityStarted(
        long applicationId, String applicationNumber, long publicityId, Instant startsAt, Instant endsAt) {}
