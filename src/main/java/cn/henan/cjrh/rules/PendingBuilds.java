package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.runtime.CompiledRuleset;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 待审批版本的构建 — each version awaiting approval, compiled and tested already: on the node it was submitted on at
 * submission, on every other node at its next poll. Approving it then commits and swaps in what was built and tested,
 * rather than building and testing again while the approver waits, and every node switches to it without a build.
 *
 * <p>Keyed by the submission (version and submission time): the content of a pending version cannot change, and a
 * version that was sent back and submitted again is a new submission with a new build. Holds only versions awaiting
 * approval (a handful); the poll drops the rest.
 */
final class PendingBuilds {

    /** One submission of a version for approval. */
    record Submission(int version, Instant at) {

        /** The version's latest submission; {@code null} for a version never submitted (version 1, a new draft). */
        static Submission of(RulesetVersion version) {
            return version.submitted() == null
                    ? null
                    : new Submission(version.version(), version.submitted().at());
        }
    }

    /** A submission's compiled KieBase and the report of its test cases run on it. */
    record Build(Submission submission, CompiledRuleset compiled, RulesetTestReport report) {}

    private final Map<Integer, Build> builds = new ConcurrentHashMap<>();

    /** The build of this version's latest submission, if this node has made it. */
    Optional<Build> of(RulesetVersion version) {
        var build = builds.get(version.version());
        if (build == null || !build.submission().equals(Submission.of(version))) {
            return Optional.empty();
        }
        return Optional.of(build);
    }

    void keep(Build build) {
        builds.put(build.submission().version(), build);
    }

    void forget(int version) {
        builds.remove(version);
    }

    /** Drops the builds of submissions no longer awaiting approval (sent back, published and handed over, or gone). */
    void retainOnly(Set<Submission> awaitingApproval) {
        builds.values().removeIf(build -> !awaitingApproval.contains(build.submission()));
    }
}
