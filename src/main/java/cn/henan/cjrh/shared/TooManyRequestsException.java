package cn.henan.cjrh.shared;

/** The caller sent more requests than a limit allows (e.g. public objections per address); nothing was stored. */
public class TooManyRequestsException extends PlatformException {
    public TooManyRequestsException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
