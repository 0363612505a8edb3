package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.RulesetVersion.Rejection;
import cn.henan.cjrh.rules.RulesetVersion.Retirement;
import cn.henan.cjrh.rules.RulesetVersion.Step;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of ruleset versions and their content (V10__rules_create_rulesets.sql). */
@Repository
class RulesetVersionRepository {
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RulesetVersionRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(int version) {
        return jdbc.sql("select count(*) from ruleset_version where version = :version")
                        .param("version", version)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Inserts a version that is published from the start (version 1). The primary key decides between nodes starting
     * together: a second insert waits for the first to commit and then does nothing.
     *
     * @return whether this call inserted it
     */
    boolean insertPublished(
            int version, Integer baseVersion, LocalDate effectiveFrom, String changeNote, String by, Instant at) {
        return jdbc.sql(
                                """
                                insert into ruleset_version (version, status, base_version, effective_from, change_note,
                                                             created_by, created_at, approved_by, approved_at)
                                values (:version, 'PUBLISHED', :base, :effectiveFrom, :note, :by, :at, :by, :at)
                                on conflict (version) do nothing
                                """)
                        .param("version", version)
                        .param("base", baseVersion)
                        .param("effectiveFrom", Date.valueOf(effectiveFrom))
                        .param("note", changeNote)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Writes a version's DRL files, parameters and test cases, each in the version's order. */
    void insertContent(int version, RulesetFiles content) {
        content.drl().forEach((path, source) -> insertFile(version, path, source));
        insertParameters(version, content.parameters());
        insertTests(version, content.tests());
    }

    private void insertFile(int version, String path, String source) {
        jdbc.sql(
                        """
                        insert into ruleset_file (version, path, content, sha256)
                        values (:version, :path, :content, :sha256)
                        """)
                .param("version", version)
                .param("path", path)
                .param("content", source)
                .param("sha256", sha256(source))
                .update();
    }

    private void insertParameters(int version, List<Parameter> parameters) {
        int position = 0;
        for (var parameter : parameters) {
            jdbc.sql(
                            """
                            insert into ruleset_parameter (version, position, key, jurisdiction_code, numeric_value,
                                                           text_value, unit, source)
                            values (:version, :position, :key, :jurisdiction, :numeric, :text, :unit, :source)
                            """)
                    .param("version", version)
                    .param("position", position++)
                    .param("key", parameter.getKey())
                    .param("jurisdiction", parameter.getJurisdictionCode())
                    .param("numeric", parameter.isNumeric() ? parameter.getDecimalValue() : null)
                    .param("text", parameter.isNumeric() ? null : parameter.getValue())
                    .param("unit", parameter.getUnit())
                    .param("source", parameter.getSource())
                    .update();
        }
    }

    private void insertTests(int version, List<RulesetTestCase> tests) {
        int position = 0;
        for (var test : tests) {
            jdbc.sql(
                            """
                            insert into ruleset_test_case (version, position, content)
                            values (:version, :position, cast(:content as jsonb))
                            """)
                    .param("version", version)
                    .param("position", position++)
                    .param("content", write(test))
                    .update();
        }
    }

    /**
     * A new draft numbered one above the highest version. Two editors creating drafts together compute the same
     * number; the primary key makes the second wait for the first to commit and insert nothing, and it tries again
     * with the next number.
     */
    int insertDraft(int baseVersion, String changeNote, String by, Instant at) {
        for (int attempt = 0; attempt < 10; attempt++) {
            var inserted = jdbc.sql(
                            """
                            insert into ruleset_version (version, status, base_version, change_note, created_by,
                                                         created_at)
                            select coalesce(max(version), 0) + 1, 'DRAFT', :base, :note, :by, :at
                            from ruleset_version
                            on conflict (version) do nothing
                            returning version
                            """)
                    .param("base", baseVersion)
                    .param("note", changeNote)
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .query(Integer.class)
                    .optional();
            if (inserted.isPresent()) {
                return inserted.get();
            }
        }
        throw new IllegalStateException("no free ruleset version number after 10 attempts");
    }

    /** Copies the files, parameters and test cases of one version into another (a new draft). */
    void copyContent(int from, int to) {
        jdbc.sql(
                        """
                        insert into ruleset_file (version, path, content, sha256)
                        select :to, path, content, sha256 from ruleset_file where version = :from
                        """)
                .param("from", from)
                .param("to", to)
                .update();
        jdbc.sql(
                        """
                        insert into ruleset_parameter (version, position, key, jurisdiction_code, numeric_value,
                                                       text_value, unit, source)
                        select :to, position, key, jurisdiction_code, numeric_value, text_value, unit, source
                        from ruleset_parameter where version = :from
                        """)
                .param("from", from)
                .param("to", to)
                .update();
        jdbc.sql(
                        """
                        insert into ruleset_test_case (version, position, content)
                        select :to, position, content from ruleset_test_case where version = :from
                        """)
                .param("from", from)
                .param("to", to)
                .update();
    }

    /** The version row, locked until the transaction ends: edits of one draft run one after the other. */
    Optional<RulesetVersion> findForUpdate(int version) {
        return jdbc.sql("select * from ruleset_version where version = :version for update")
                .param("version", version)
                .query((rs, n) -> version(rs))
                .optional();
    }

    /** Counts a save of a draft; the caller holds the row lock. */
    int touch(int version) {
        return jdbc.sql(
                        """
                        update ruleset_version set row_version = row_version + 1 where version = :version
                        returning row_version
                        """)
                .param("version", version)
                .query(Integer.class)
                .single();
    }

    /** Path, size in bytes (UTF-8) and SHA-256 of each DRL file, by path. */
    List<RulesetFileEntry> files(int version) {
        return jdbc.sql(
                        """
                        select path, octet_length(content) as size, sha256 from ruleset_file
                        where version = :version order by path
                        """)
                .param("version", version)
                .query((rs, n) ->
                        new RulesetFileEntry(rs.getString("path"), rs.getLong("size"), rs.getString("sha256")))
                .list();
    }

    Optional<String> file(int version, String path) {
        return jdbc.sql("select content from ruleset_file where version = :version and path = :path")
                .param("version", version)
                .param("path", path)
                .query(String.class)
                .optional();
    }

    /** @return whether the file is new in this version */
    boolean saveFile(int version, String path, String content) {
        var updated = jdbc.sql(
                        """
                        update ruleset_file set content = :content, sha256 = :sha256
                        where version = :version and path = :path
                        """)
                .param("version", version)
                .param("path", path)
                .param("content", content)
                .param("sha256", sha256(content))
                .update();
        if (updated == 0) {
            insertFile(version, path, content);
            return true;
        }
        return false;
    }

    boolean deleteFile(int version, String path) {
        return jdbc.sql("delete from ruleset_file where version = :version and path = :path")
                        .param("version", version)
                        .param("path", path)
                        .update()
                == 1;
    }

    void replaceParameters(int version, List<Parameter> parameters) {
        jdbc.sql("delete from ruleset_parameter where version = :version")
                .param("version", version)
                .update();
        insertParameters(version, parameters);
    }

    void replaceTests(int version, List<RulesetTestCase> tests) {
        jdbc.sql("delete from ruleset_test_case where version = :version")
                .param("version", version)
                .update();
        insertTests(version, tests);
    }

    /** DRAFT → PENDING_APPROVAL, if the draft is still as the caller saw it. */
    boolean submit(int version, int rowVersion, String by, Instant at) {
        return jdbc.sql(
                                """
                                update ruleset_version
                                set status = 'PENDING_APPROVAL', submitted_by = :by, submitted_at = :at,
                                    row_version = row_version + 1
                                where version = :version and status = 'DRAFT' and row_version = :rowVersion
                                """)
                        .param("version", version)
                        .param("rowVersion", rowVersion)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** PENDING_APPROVAL → PUBLISHED, if nobody decided on it or sent it back meanwhile. */
    boolean approve(int version, int rowVersion, String by, Instant at, LocalDate effectiveFrom) {
        return jdbc.sql(
                                """
                                update ruleset_version
                                set status = 'PUBLISHED', approved_by = :by, approved_at = :at,
                                    effective_from = :effectiveFrom, row_version = row_version + 1
                                where version = :version and status = 'PENDING_APPROVAL'
                                  and row_version = :rowVersion
                                """)
                        .param("version", version)
                        .param("rowVersion", rowVersion)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("effectiveFrom", Date.valueOf(effectiveFrom))
                        .update()
                == 1;
    }

    /** PENDING_APPROVAL → back to DRAFT with the approver's reason (the schema has no REJECTED status). */
    boolean reject(int version, int rowVersion, String by, Instant at, String reason) {
        return jdbc.sql(
                                """
                                update ruleset_version
                                set status = 'DRAFT', rejected_by = :by, rejected_at = :at, rejection_reason = :reason,
                                    row_version = row_version + 1
                                where version = :version and status = 'PENDING_APPROVAL'
                                  and row_version = :rowVersion
                                """)
                        .param("version", version)
                        .param("rowVersion", rowVersion)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("reason", reason)
                        .update()
                == 1;
    }

    /** PUBLISHED → RETIRED with the approver's reason, if nobody changed the version meanwhile. */
    boolean retire(int version, int rowVersion, String by, Instant at, String reason) {
        return jdbc.sql(
                                """
                                update ruleset_version
                                set status = 'RETIRED', retired_by = :by, retired_at = :at, retirement_reason = :reason,
                                    row_version = row_version + 1
                                where version = :version and status = 'PUBLISHED' and row_version = :rowVersion
                                """)
                        .param("version", version)
                        .param("rowVersion", rowVersion)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("reason", reason)
                        .update()
                == 1;
    }

    Optional<RulesetVersion> find(int version) {
        return jdbc.sql("select * from ruleset_version where version = :version")
                .param("version", version)
                .query((rs, n) -> version(rs))
                .optional();
    }

    List<RulesetVersion> all() {
        return jdbc.sql("select * from ruleset_version order by version")
                .query((rs, n) -> version(rs))
                .list();
    }

    List<RulesetVersion> withStatus(RulesetStatus status) {
        return jdbc.sql("select * from ruleset_version where status = :status order by version")
                .param("status", status.name())
                .query((rs, n) -> version(rs))
                .list();
    }

    /** A version's content, exactly as {@link RulesetFiles#read} made it from the files it was stored from. */
    RulesetFiles content(int version) {
        var drl = new LinkedHashMap<String, String>();
        jdbc.sql("select path, content from ruleset_file where version = :version order by path")
                .param("version", version)
                .query(rs -> {
                    drl.put(rs.getString("path"), rs.getString("content"));
                });
        var parameters = jdbc.sql("select * from ruleset_parameter where version = :version order by position")
                .param("version", version)
                .query((rs, n) -> new Parameter(
                        rs.getString("key"),
                        rs.getString("jurisdiction_code"),
                        rs.getBigDecimal("numeric_value") != null
                                ? rs.getBigDecimal("numeric_value")
                                : rs.getString("text_value"),
                        rs.getString("unit"),
                        rs.getString("source")))
                .list();
        var tests = jdbc.sql("select content from ruleset_test_case where version = :version order by position")
                .param("version", version)
                .query((rs, n) -> read(rs.getString("content")))
                .list();
        return new RulesetFiles(drl, parameters, tests);
    }

    /** SHA-256 of each DRL file, by path. */
    Map<String, String> fileHashes(int version) {
        var hashes = new LinkedHashMap<String, String>();
        jdbc.sql("select path, sha256 from ruleset_file where version = :version order by path")
                .param("version", version)
                .query(rs -> {
                    hashes.put(rs.getString("path"), rs.getString("sha256"));
                });
        return hashes;
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static RulesetVersion version(ResultSet rs) throws SQLException {
        var effectiveFrom = rs.getDate("effective_from");
        return new RulesetVersion(
                rs.getInt("version"),
                RulesetStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("base_version"),
                effectiveFrom == null ? null : effectiveFrom.toLocalDate(),
                rs.getString("change_note"),
                step(rs, "created"),
                step(rs, "submitted"),
                step(rs, "approved"),
                rs.getString("rejected_by") == null
                        ? null
                        : new Rejection(
                                rs.getString("rejected_by"),
                                rs.getTimestamp("rejected_at").toInstant(),
                                rs.getString("rejection_reason")),
                rs.getTimestamp("retired_at") == null
                        ? null
                        : new Retirement(
                                rs.getString("retired_by"),
                                rs.getTimestamp("retired_at").toInstant(),
                                rs.getString("retirement_reason")),
                rs.getInt("row_version"));
    }

    private static Step step(ResultSet rs, String name) throws SQLException {
        var at = rs.getTimestamp(name + "_at");
        var by = rs.getString(name + "_by");
        return at == null && by == null ? null : new Step(by, at == null ? null : at.toInstant());
    }

    private String write(RulesetTestCase test) {
        try {
            return json.writeValueAsString(test);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("测试用例无法写成 JSON：" + test.name(), e);
        }
    }

    private RulesetTestCase read(String content) {
        try {
            return json.readValue(content, RulesetTestCase.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("已保存的测试用例无法读取：" + content, e);
        }
    }
}
