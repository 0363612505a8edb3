package cn.henan.cjrh.shared;

/**
 * Base of every error a module reports to its callers. The message is a key into the i18n bundles, so the web layer
 * can answer in the caller's language; modules never throw web types.
 */
public abstract class PlatformException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    protected PlatformException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
