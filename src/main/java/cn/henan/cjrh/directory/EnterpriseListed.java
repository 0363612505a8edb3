package cn.henan.cjrh.directory;

import java.time.Instant;

/** An enterprise entered the directory of certified enterprises (认证目录). */
public record EnterpriseListed(
        long enterpriseId,
        long applicationId,
        String applicationNumber,
        String uscc,
        String name,
        DirectoryLevel level,
        Instant certifiedAt) {}
