package cn.henan.cjrh.shared;

/** The request clashes with the current state (a duplicate, a wrong status, a lost race). */
public class ConflictException extends PlatformException {
    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
