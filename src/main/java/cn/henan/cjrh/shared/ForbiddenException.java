package cn.henan.cjrh.shared;

/** The caller may see the resource but not do this to it (e.g. approving a ruleset they submitted). */
public class ForbiddenException extends PlatformException {
    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
