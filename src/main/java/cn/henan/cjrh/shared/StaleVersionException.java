package cn.henan.cjrh.shared;

/** Optimistic locking: the caller edited an older version; nothing was overwritten. */
public class StaleVersionException extends ConflictException {
    public StaleVersionException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
