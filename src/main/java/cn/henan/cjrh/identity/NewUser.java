package cn.henan.cjrh.identity;

/** A user to create; the password is checked against {@link PasswordPolicy} and stored only as a BCrypt hash. */
public record NewUser(
        String username, String password, String displayName, Role role, String jurisdictionCode, Long enterpriseId) {}
