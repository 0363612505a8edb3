package cn.henan.cjrh.audit;

import cn.henan.cjrh.directory.EnterpriseDelisted;
import cn.henan.cjrh.directory.EnterpriseListed;
import cn.henan.cjrh.directory.ObjectionRaised;
import cn.henan.cjrh.directory.ObjectionResolved;
import cn.henan.cjrh.directory.PublicityEnded;
import cn.henan.cjrh.directory.PublicityStarted;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.incentives.IncentivesGranted;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records publicity, objections, directory listings and incentive grants on the application's trail (delisting on the
 * enterprise's), in the changing transaction. Steps the workflow takes on its own are the system's; an objection is
 * anonymous here (who raised it is personal data, kept with the objection for the province only).
 */
@Component
class DirectoryAudit {
    private static final String APPLICATION = "APPLICATION";
    private final AuditLog log;

    DirectoryAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(PublicityStarted started) {
        log.append(new AuditEntry(
                Actor.SYSTEM,
                "PUBLICITY_STARTED",
                APPLICATION,
                String.valueOf(started.applicationId()),
                Map.of(
                        "number", started.applicationNumber(),
                        "publicityId", started.publicityId(),
                        "startsAt", started.startsAt().toString(),
                        "endsAt", started.endsAt().toString())));
    }

    @EventListener
    void on(PublicityEnded ended) {
        log.append(new AuditEntry(
                Actor.SYSTEM,
                "PUBLICITY_ENDED",
                APPLICATION,
                String.valueOf(ended.applicationId()),
                Map.of(
                        "number", ended.applicationNumber(),
                        "publicityId", ended.publicityId(),
                        "endedAt", ended.endedAt().toString(),
                        "openObjections", ended.openObjections())));
    }

    @EventListener
    void on(ObjectionRaised raised) {
        log.append(new AuditEntry(
                Actor.ANONYMOUS,
                "OBJECTION_RAISED",
                APPLICATION,
                String.valueOf(raised.applicationId()),
                Map.of("number", raised.applicationNumber(), "objectionId", raised.objectionId())));
    }

    @EventListener
    void on(ObjectionResolved resolved) {
        var details = new LinkedHashMap<String, Object>();
        details.put("objectionIds", resolved.objectionIds());
        details.put("upheld", resolved.upheld());
        details.put("comment", resolved.comment());
        log.append(new AuditEntry(
                resolved.actor(),
                resolved.upheld() ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED",
                APPLICATION,
                String.valueOf(resolved.applicationId()),
                details));
    }

    @EventListener
    void on(EnterpriseListed listed) {
        log.append(new AuditEntry(
                Actor.SYSTEM,
                "ENTERPRISE_LISTED",
                APPLICATION,
                String.valueOf(listed.applicationId()),
                Map.of(
                        "number", listed.applicationNumber(),
                        "enterpriseId", listed.enterpriseId(),
                        "uscc", listed.uscc(),
                        "name", listed.name(),
                        "level", listed.level().name(),
                        "certifiedAt", listed.certifiedAt().toString())));
    }

    @EventListener
    void on(EnterpriseDelisted delisted) {
        log.append(new AuditEntry(
                Actor.SYSTEM,
                "ENTERPRISE_DELISTED",
                "ENTERPRISE",
                String.valueOf(delisted.enterpriseId()),
                Map.of(
                        "applicationId", delisted.applicationId(),
                        "uscc", delisted.uscc(),
                        "removedAt", delisted.removedAt().toString(),
                        "reason", delisted.reason())));
    }

    @EventListener
    void on(IncentivesGranted granted) {
        log.append(new AuditEntry(
                Actor.SYSTEM,
                "INCENTIVES_GRANTED",
                APPLICATION,
                String.valueOf(granted.applicationId()),
                Map.of(
                        "enterpriseId", granted.enterpriseId(),
                        "rulesetVersion", granted.rulesetVersion(),
                        "grantedAt", granted.grantedAt().toString(),
                        "codes", granted.codes())));
    }
}
