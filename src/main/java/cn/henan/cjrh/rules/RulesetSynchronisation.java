package cn.henan.cjrh.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With several application nodes, a version approved on one is picked up by the others from the database: each node
 * asks every {@code cjrh.rules.sync-interval} (default 5 s) which versions are published and takes in the ones it does
 * not hold yet, and builds and tests the versions awaiting approval, so that it takes those in without compiling when
 * they are approved anywhere ({@link RulesetVersions#synchronise()}). Events stay in one JVM, so the database is the channel; a poll of
 * one indexed query is cheap enough that LISTEN/NOTIFY is not worth a dedicated connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RulesetSynchronisation {
    private static final Logger log = LoggerFactory.getLogger(RulesetSynchronisation.class);

    private final RulesetVersions versions;

    RulesetSynchronisation(RulesetVersions versions) {
        this.versions = versions;
    }

    @Scheduled(
            fixedDelayString = "${cjrh.rules.sync-interval:PT5S}",
            initialDelayString = "${cjrh.rules.sync-interval:PT5S}")
    void synchronise() {
        try {
            versions.synchronise();
        } catch (RuntimeException e) {
            // At start-up this stops the node; later, the versions it holds keep deciding and the poll tries again.
            log.error("Could not pick up the published ruleset versions; trying again at the next poll", e);
        }
        try {
            versions.buildAwaitingApproval();
        } catch (RuntimeException e) {
            log.error("Could not build the ruleset versions awaiting approval; trying again at the next poll", e);
        }
    }
}
