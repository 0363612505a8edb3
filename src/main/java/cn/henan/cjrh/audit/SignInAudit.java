package cn.henan.cjrh.audit;

import cn.henan.cjrh.identity.Actor;
import java.util.LinkedHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Records failed sign-ins (wrong password, unknown or disabled user), with the name tried and the address. */
@Component
class SignInAudit {
    private final AuditLog log;

    SignInAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        var details = new LinkedHashMap<String, Object>();
        details.put("reason", failure.getException().getClass().getSimpleName());
        if (failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
            details.put("remoteAddress", web.getRemoteAddress());
        }
        var tried = abbreviate(failure.getAuthentication().getName());
        log.append(new AuditEntry(
                new Actor(tried == null || tried.isBlank() ? Actor.ANONYMOUS.username() : tried, null, null),
                "SIGN_IN_FAILED",
                "USER",
                tried,
                details));
    }

    private static String abbreviate(String name) { // whatever was typed, it must fit the column
        return name == null || name.length() <= 64 ? name : name.substring(0, 64);
    }
}
