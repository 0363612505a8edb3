package cn.henan.cjrh.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Evidence rows and their bytes. The bytes are PostgreSQL large objects: written and read as streams inside the
 * caller's transaction, so a 20 MB file never sits whole in memory and a failed upload leaves nothing behind.
 */
@Repository
class EvidenceRepository {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EvidenceRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Streams the content into a new large object; returns its oid and the number of bytes written. */
    StoredContent store(InputStream content) {
        return template.execute((java.sql.Connection connection) -> {
            var objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            try (var object = objects.open(oid, LargeObjectManager.WRITE);
                    OutputStream out = object.getOutputStream()) {
                long bytes = content.transferTo(out);
                return new StoredContent(oid, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void copyContent(long oid, OutputStream sink) {
        template.execute((java.sql.Connection connection) -> {
            var objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            try (var object = objects.open(oid, LargeObjectManager.READ);
                    InputStream in = object.getInputStream()) {
                in.transferTo(sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    long insert(
            long applicationId,
            EvidenceKind kind,
            String fileName,
            String contentType,
            StoredContent content,
            String sha256,
            String uploadedBy,
            Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into evidence (application_id, kind, file_name, content_type, size, sha256, content,
                                              uploaded_at, uploaded_by)
                        values (:application, :kind, :fileName, :contentType, :size, :sha256, :content, :at, :by)
                        """)
                .param("application", applicationId)
                .param("kind", kind.name())
                .param("fileName", fileName)
                .param("contentType", contentType)
                .param("size", content.bytes())
                .param("sha256", sha256)
                .param("content", content.oid())
                .param("at", Timestamp.from(at))
                .param("by", uploadedBy)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The files in the working dossier (not removed), oldest first. */
    List<EvidenceFile> current(long applicationId) {
        return jdbc.sql("select * from evidence where application_id = :id and removed_at is null order by id")
                .param("id", applicationId)
                .query(EvidenceRepository::map)
                .list();
    }

    long currentTotalSize(long applicationId) {
        return jdbc.sql("select coalesce(sum(size), 0) from evidence where application_id = :id and removed_at is null")
                .param("id", applicationId)
                .query(Long.class)
                .single();
    }

    Optional<StoredEvidence> find(long applicationId, long evidenceId) {
        return jdbc.sql("select * from evidence where application_id = :application and id = :id")
                .param("application", applicationId)
                .param("id", evidenceId)
                .query((rs, n) ->
                        new StoredEvidence(map(rs, n), rs.getLong("content"), rs.getTimestamp("removed_at") != null))
                .optional();
    }

    boolean isInFrozenVersion(long applicationId, long evidenceId) {
        return jdbc.sql(
                                """
                                select count(*) from dossier_version
                                where application_id = :application and evidence @> cast(:match as jsonb)
                                """)
                        .param("application", applicationId)
                        .param("match", "[{\"id\": " + evidenceId + "}]")
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markRemoved(long evidenceId, String by, Instant at) {
        jdbc.sql("update evidence set removed_at = :at, removed_by = :by where id = :id")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", evidenceId)
                .update();
    }

    void deleteWithContent(long evidenceId, long oid) {
        jdbc.sql("delete from evidence where id = :id").param("id", evidenceId).update();
        jdbc.sql("select lo_unlink(:oid)")
                .param("oid", oid)
                .query(Integer.class)
                .single();
    }

    private static EvidenceFile map(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(
                rs.getLong("id"),
                EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }

    record StoredContent(long oid, long bytes) {}

    record StoredEvidence(EvidenceFile file, long oid, boolean removed) {}
}
