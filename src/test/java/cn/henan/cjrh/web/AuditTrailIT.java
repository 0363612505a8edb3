package cn.henan.cjrh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailIT extends IntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void auditRecords_cannotBeChangedOrDeleted() {
        var enterprise = given.registeredEnterprise("411602");
        var subject = String.valueOf(enterprise.id());

        assertThatThrownBy(() -> jdbc.sql(
                                "update audit_record set actor = 'x' where subject_type = 'ENTERPRISE' and subject_id = :id")
                        .param("id", subject)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql(
                                "delete from audit_record where subject_type = 'ENTERPRISE' and subject_id = :id")
                        .param("id", subject)
                        .update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_record where subject_type = 'ENTERPRISE' and subject_id = :id")
                        .param("id", subject)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
