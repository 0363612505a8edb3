package cn.henan.cjrh.rules;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fills the rules runtime when the platform starts: stores version 1 on the first start, then compiles every published
 * version from the database. A lifecycle bean rather than a constructor, so that it runs once every bean exists (the
 * audit listener records the publication of version 1) and, at phase 0, before the web server takes requests.
 */
@Component
class RulesetLoader implements SmartLifecycle {
    private final RulesetVersions versions;
    private volatile boolean running;

    RulesetLoader(RulesetVersions versions) {
        this.versions = versions;
    }

    @Override
    public void start() {
        versions.seedBaseline(RulesConfiguration.baselineRuleset());
        versions.synchronise();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0; // the embedded web server starts at Integer.MAX_VALUE - 1
    }
}
