package cn.henan.cjrh.shared;

/** Missing, or outside the caller's jurisdiction: both answer the same, so nothing leaks. */
public class NotFoundException extends PlatformException {
    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
