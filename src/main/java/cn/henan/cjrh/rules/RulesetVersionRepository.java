package cn.henan.cjrh.rules;

import cn.henan.cjrh.rules.RulesetVersion.Rejection;
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
        content.drl().forEach((path, source) -> jdbc.sql(
                        """
                        insert into ruleset_file (version, path, content, sha256)
                        values (:version, :path, :content, :sha256)
                        """)
                .param("version", version)
                .param("path", path)
                .param("content", source)
                .param("sha256", sha256(source))
                .update());
        int position = 0;
        for (var parameter : content.parameters()) {
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
        position = 0;
        for (var test : content.tests()) {
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
                step(rs, "retired"));
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
