package cn.henan.cjrh.audit;

import cn.henan.cjrh.enterprise.EnterpriseRegistered;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.Role;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records registrations in the registering transaction (a plain listener, so both commit together). */
@Component
class RegistrationAudit {
    private final AuditLog log;

    RegistrationAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(EnterpriseRegistered registered) {
        log.append(new AuditEntry(
                new Actor(registered.username(), Role.ENTERPRISE, registered.countyCode()),
                "ENTERPRISE_REGISTERED",
                "ENTERPRISE",
                String.valueOf(registered.enterpriseId()),
                Map.of(
                        "uscc", registered.uscc(),
                        "name", registered.name(),
                        "countyCode", registered.countyCode(),
                        "username", registered.username())));
    }
}
