package cn.henan.cjrh.shared;

/** An upload over a configured limit (per file or per application); nothing was stored. */
public class PayloadTooLargeException extends PlatformException {
    public PayloadTooLargeException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
