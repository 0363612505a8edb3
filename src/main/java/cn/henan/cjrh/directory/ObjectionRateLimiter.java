package cn.henan.cjrh.directory;

import cn.henan.cjrh.shared.TooManyRequestsException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Limits public objections per remote address and application, in memory (a token bucket per pair, refilled
 * gradually over the period). Keying by the pair and not by the address alone keeps one office behind a shared NAT
 * address from blocking its colleagues' objections to other applications, while a flood against one application, which
 * is what would bury the province's objection check, is stopped. Each node counts on its own: in a cluster the limit
 * is per node.
 */
@Component
class ObjectionRateLimiter {
    private final DirectoryProperties.Objections settings;
    private final Cache<Key, Bucket> buckets;

    ObjectionRateLimiter(DirectoryProperties properties) {
        this.settings = properties.objections();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.trackedAddresses())
                .expireAfterAccess(settings.period())
                .build();
    }

    /** Takes one objection from the pair's allowance, or refuses with the minutes until the next one is allowed. */
    void acquire(String remoteAddress, long applicationId) {
        var bucket = buckets.get(new Key(remoteAddress, applicationId), key -> newBucket());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
            long minutes = (seconds + 59) / 60;
            throw new TooManyRequestsException("directory.objection.rate-limited", settings.perAddress(), minutes);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit ->
                        limit.capacity(settings.perAddress()).refillGreedy(settings.perAddress(), settings.period()))
                .build();
    }

    private record Key(String remoteAddress, long applicationId) {}
}
