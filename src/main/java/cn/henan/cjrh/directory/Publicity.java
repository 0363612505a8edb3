package cn.henan.cjrh.directory;

import java.time.Instant;

/**
 * 公示 — one publicity window of an application. Objections are taken while it is open and {@code startsAt <= now <
 * endsAt}; {@code endedAt} is set when the workflow closes it.
 */
public record Publicity(
        long id, long applicationId, String applicationNumber, Instant startsAt, Instant endsAt, Instant endedAt) {

    public boolean isOpen() {
        return endedAt == null;
    }

    /** Whether the public may object at {@code now}: open, and inside its window. */
    public boolean acceptsObjectionsAt(Instant now) {
        return isOpen() && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }
}
