package cn.henan.cjrh.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on evidence files.
 *
 * @param maxFileSize per file (default 20 MB)
 * @param maxTotalSize per application, over its current files (default 200 MB)
 */
@ConfigurationProperties("cjrh.application.evidence")
public record EvidenceProperties(
        @DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("200MB") DataSize maxTotalSize) {}
