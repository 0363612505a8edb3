package cn.henan.cjrh.directory;

import java.time.Instant;

/** An application's publicity (公示) closed; {@code openObjections} were still unresolved when it did. */
public record PublicityEnded(
        long applicationId, String applicationNumber, long publicityId, Instant endedAt, int openObjections) {}
