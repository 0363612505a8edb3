package cn.henan.cjrh.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the directory module, under {@code cjrh.directory}. */
@Validated
@ConfigurationProperties("cjrh.directory")
record DirectoryProperties(@Valid @NotNull @DefaultValue Objections objections) {

    /**
     * The rate limit on public objections, per remote address and application (see docs/directory.md).
     *
     * @param perAddress objections one address may raise against one application within {@code period} (default 5)
     * @param period the window in which they are counted, refilled gradually (default one hour)
     * @param trackedAddresses how many address–application pairs are remembered at most (default 100,000); the least
     *     recently used are forgotten first
     */
    record Objections(
            @Min(1) @Max(10_000) @DefaultValue("5") int perAddress,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("PT1H") Duration period,
            @Min(100) @DefaultValue("100000") long trackedAddresses) {}
}
