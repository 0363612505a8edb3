package cn.henan.cjrh.application;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The submitted applications as other modules re-read them in bulk (the rules module's impact analysis): each
 * application's latest submitted dossier version, read in keyset-paginated batches, never all at once and never with
 * OFFSET. Drafts never submitted are not included.
 */
@Service
public class SubmittedDossiers {
    private final JdbcClient jdbc;

    SubmittedDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many applications have at least one submitted dossier version. */
    public int count() {
        return jdbc.sql("select count(*) from application where dossier_version > 0")
                .query(Integer.class)
                .single();
    }

    /**
     * The next {@code limit} submitted applications with an id above {@code afterId}, by id, each with the form of its
     * latest dossier version as stored JSON text (read it with {@link FormJson#readForm}).
     */
    public List<SubmittedDossier> after(long afterId, int limit) {
        return jdbc.sql(
                        """
                        select a.id, a.number, a.city_code, a.county_code, d.form::text as form, d.frozen_at
                        from application a
                        join dossier_version d on d.application_id = a.id and d.number = a.dossier_version
                        where a.dossier_version > 0 and a.id > :after
                        order by a.id
                        limit :limit
                        """)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new SubmittedDossier(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("city_code"),
                        rs.getString("county_code"),
                        rs.getString("form"),
                        rs.getTimestamp("frozen_at").toInstant()))
                .list();
    }

    /** One submitted application: where it is, and its latest submitted form as JSON, frozen at {@code frozenAt}. */
    public record SubmittedDossier(
            long id, String number, String cityCode, String countyCode, String form, Instant frozenAt) {}
}
