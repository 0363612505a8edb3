package cn.henan.cjrh.web.security;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.UserAccount;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of a platform user; controllers take the {@link PlatformUser} inside. */
public class PlatformUserDetails extends User {
    private final PlatformUser user;

    PlatformUserDetails(UserAccount account) {
        super(
                account.user().username(),
                account.passwordHash(),
                account.enabled(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority(
                        "ROLE_" + account.user().role().name())));
        this.user = account.user();
    }

    public PlatformUser getUser() {
        return user;
    }
}
