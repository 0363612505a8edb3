package cn.henan.cjrh.shared;

/** Content of a type the platform does not accept (detected from the bytes, not the client's word). */
public class UnsupportedContentException extends PlatformException {
    public UnsupportedContentException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
