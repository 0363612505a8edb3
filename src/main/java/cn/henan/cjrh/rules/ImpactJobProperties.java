package cn.henan.cjrh.rules;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How impact analysis jobs outlive the node that runs them ({@code cjrh.rules.impact.*}).
 *
 * @param lease how long a node's hold on a running job lasts without renewal; a job whose lease lapsed (its node
 *     stopped or died) is taken over by another node, or by the same node after a restart, and run again
 * @param sweepInterval how often each node renews its leases, takes over lapsed jobs and purges old ones
 * @param retention how long a finished job and its list of changed applications are kept
 * @param maxAttempts runs of one job before it is marked FAILED instead of taken over again (a job that brings its
 *     node down would otherwise bring every node down in turn)
 */
@Validated
@ConfigurationProperties("cjrh.rules.impact")
public record ImpactJobProperties(
        @DefaultValue("PT1M") Duration lease,
        @DefaultValue("PT10S") Duration sweepInterval,
        @DefaultValue("P30D") Duration retention,
        @DefaultValue("3") @Min(1) int maxAttempts) {}
