package cn.henan.cjrh.application;

import cn.henan.cjrh.identity.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads an application's history, in the caller's transaction. */
@Component
public class ApplicationHistory {
    private final JdbcClient jdbc;
    private final FormJson json;
    private final Clock clock;

    ApplicationHistory(JdbcClient jdbc, FormJson json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void record(long applicationId, Actor actor, Step step) {
        jdbc.sql(
                        """
                        insert into application_history (application_id, occurred_at, actor, actor_role, action,
                            from_status, to_status, dossier_version, ruleset_version, comment, details)
                        values (:application, :at, :actor, :role, :action, :from, :to, :dossier, :ruleset, :comment,
                            cast(:details as jsonb))
                        """)
                .param("application", applicationId)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor.username())
                .param("role", actor.role() == null ? null : actor.role().name())
                .param("action", step.action())
                .param("from", step.from() == null ? null : step.from().name())
                .param("to", step.to() == null ? null : step.to().name())
                .param("dossier", step.dossierVersion())
                .param("ruleset", step.rulesetVersion())
                .param("comment", step.comment())
                .param("details", json.write(step.details() == null ? Map.of() : step.details()))
                .update();
    }

    @SuppressWarnings("unchecked")
    public List<HistoryEntry> of(long applicationId) {
        return jdbc.sql("select * from application_history where application_id = :id order by occurred_at, id")
                .param("id", applicationId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("actor_role"),
                        rs.getString("action"),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getObject("dossier_version", Integer.class),
                        rs.getObject("ruleset_version", Integer.class),
                        rs.getString("comment"),
                        json.read(rs.getString("details"), Map.class)))
                .list();
    }

    private static ApplicationStatus status(String name) {
        return name == null ? null : ApplicationStatus.valueOf(name);
    }

    /** What happened in one step; any of the versions, the comment and details may be absent. */
    public record Step(
            String action,
            ApplicationStatus from,
            ApplicationStatus to,
            Integer dossierVersion,
            Integer rulesetVersion,
            String comment,
            Map<String, ?> details) {

        public static Step of(String action, ApplicationStatus from, ApplicationStatus to) {
            return new Step(action, from, to, null, null, null, Map.of());
        }
    }
}
