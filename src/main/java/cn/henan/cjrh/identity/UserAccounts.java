package cn.henan.cjrh.identity;

import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.InvalidInputException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 用户 — the platform's own users: created with a checked password, found by username for sign-in. */
@Service
public class UserAccounts {
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Jurisdictions jurisdictions;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Jurisdictions jurisdictions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.jurisdictions = jurisdictions;
    }

    @Transactional
    public PlatformUser create(NewUser user) {
        PasswordPolicy.check(user.password(), user.username()).ifPresent(rule -> {
            throw InvalidInputException.of("password", rule, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        jurisdictions.get(user.jurisdictionCode());
        if (usernameTaken(user.username())) {
            throw new ConflictException("identity.user.username-taken", user.username());
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql(
                            """
                            insert into app_user (username, password_hash, role, jurisdiction_code, enterprise_id, display_name)
                            values (:username, :hash, :role, :jurisdiction, :enterprise, :displayName)
                            """)
                    .param("username", user.username())
                    .param("hash", passwords.encode(user.password()))
                    .param("role", user.role().name())
                    .param("jurisdiction", user.jurisdictionCode())
                    .param("enterprise", user.enterpriseId())
                    .param("displayName", user.displayName())
                    .update(keys, "id");
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("identity.user.username-taken", user.username());
        }
        long id = keys.getKeyAs(Long.class);
        return new PlatformUser(
                id, user.username(), user.displayName(), user.role(), user.jurisdictionCode(), user.enterpriseId());
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(:username)")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(
                        """
                        select id, username, display_name, role, jurisdiction_code, enterprise_id, password_hash, enabled
                        from app_user where lower(username) = lower(:username)
                        """)
                .param("username", username)
                .query((rs, n) -> new UserAccount(
                        new PlatformUser(
                                rs.getLong("id"),
                                rs.getString("username"),
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")),
                                rs.getString("jurisdiction_code"),
                                rs.getObject("enterprise_id", Long.class)),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }
}
