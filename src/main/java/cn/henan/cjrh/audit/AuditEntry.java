package cn.henan.cjrh.audit;

import cn.henan.cjrh.identity.Actor;
import java.util.Map;

/** What to append: the actor, the action (e.g. {@code ENTERPRISE_REGISTERED}), its subject and details. */
public record AuditEntry(Actor actor, String action, String subjectType, String subjectId, Map<String, ?> details) {}
