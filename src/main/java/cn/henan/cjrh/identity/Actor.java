package cn.henan.cjrh.identity;

/** Who did something, as recorded in events and the audit trail. */
public record Actor(String username, Role role, String jurisdictionCode) {
    public static final Actor ANONYMOUS = new Actor("anonymous", null, null);
    public static final Actor SYSTEM = new Actor("system", null, null);

    public static Actor of(PlatformUser user) {
        return new Actor(user.username(), user.role(), user.jurisdictionCode());
    }
}
