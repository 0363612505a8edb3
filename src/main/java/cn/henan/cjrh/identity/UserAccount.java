package cn.henan.cjrh.identity;

/** A user with what sign-in needs; only the security layer reads the hash. */
public record UserAccount(PlatformUser user, String passwordHash, boolean enabled) {}
