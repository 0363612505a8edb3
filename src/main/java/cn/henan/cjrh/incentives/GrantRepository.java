package cn.henan.cjrh.incentives;

import cn.henan.cjrh.rules.IncentiveItem;
import cn.henan.cjrh.rules.Pillar;
import cn.henan.cjrh.rules.SurchargeOffsetYear;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incentive_grant and granted_incentive tables. */
@Repository
class GrantRepository {
    private static final TypeReference<List<SurchargeOffsetYear>> DETAILS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    GrantRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts the grant unless the application has one: the unique key decides between concurrent calls (the second
     * waits for the first and then inserts nothing). The new grant's id, or empty.
     */
    Optional<Long> insertUnlessGranted(long applicationId, long enterpriseId, int rulesetVersion, Instant grantedAt) {
        return jdbc.sql(
                        """
                        insert into incentive_grant (application_id, enterprise_id, ruleset_version, granted_at)
                        values (:application, :enterprise, :version, :at)
                        on conflict (application_id) do nothing
                        returning id
                        """)
                .param("application", applicationId)
                .param("enterprise", enterpriseId)
                .param("version", rulesetVersion)
                .param("at", Timestamp.from(grantedAt))
                .query(Long.class)
                .optional();
    }

    void insertItems(long grantId, List<IncentiveItem> items) {
        for (int position = 0; position < items.size(); position++) {
            var item = items.get(position);
            jdbc.sql(
                            """
                            insert into granted_incentive (grant_id, position, pillar, code, title, jurisdiction, source,
                                                           amount, basis, details)
                            values (:grant, :position, :pillar, :code, :title, :jurisdiction, :source, :amount, :basis,
                                    cast(:details as jsonb))
                            """)
                    .param("grant", grantId)
                    .param("position", position)
                    .param("pillar", item.pillar().name())
                    .param("code", item.code())
                    .param("title", item.title())
                    .param("jurisdiction", item.jurisdiction())
                    .param("source", item.source())
                    .param("amount", item.amount())
                    .param("basis", item.basis())
                    .param("details", write(item.details()))
                    .update();
        }
    }

    Optional<GrantedBundle> findByApplication(long applicationId) {
        return header("where application_id = :key", applicationId).map(this::withItems);
    }

    Optional<GrantedBundle> latestOf(long enterpriseId) {
        return header("where enterprise_id = :key order by granted_at desc, id desc limit 1", enterpriseId)
                .map(this::withItems);
    }

    private Optional<Header> header(String condition, long key) {
        return jdbc.sql("select id, application_id, enterprise_id, ruleset_version, granted_at from incentive_grant "
                        + condition)
                .param("key", key)
                .query((rs, n) -> new Header(
                        rs.getLong("id"),
                        rs.getLong("application_id"),
                        rs.getLong("enterprise_id"),
                        rs.getInt("ruleset_version"),
                        rs.getTimestamp("granted_at").toInstant()))
                .optional();
    }

    private GrantedBundle withItems(Header header) {
        var items = jdbc.sql("select * from granted_incentive where grant_id = :id order by position")
                .param("id", header.id())
                .query((rs, n) -> new IncentiveItem(
                        Pillar.valueOf(rs.getString("pillar")),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("jurisdiction"),
                        rs.getString("source"),
                        rs.getBigDecimal("amount"),
                        rs.getString("basis"),
                        read(rs.getString("details"))))
                .list();
        return new GrantedBundle(
                header.enterpriseId(), header.applicationId(), header.rulesetVersion(), header.grantedAt(), items);
    }

    private String write(List<SurchargeOffsetYear> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("incentive details must be JSON-serialisable", e);
        }
    }

    private List<SurchargeOffsetYear> read(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable incentive details", e);
        }
    }

    private record Header(long id, long applicationId, long enterpriseId, int rulesetVersion, Instant grantedAt) {}
}
