package cn.henan.cjrh.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored pre-checks of submitted dossier versions, one per dossier version ({@code application_assessment}). */
@Repository
class ApplicationAssessmentRepository {
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ApplicationAssessmentRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the assessment unless this dossier version already has one. A concurrent call for the same dossier version
     * waits on the unique key until the first commits, then stores nothing.
     *
     * @return whether this call stored it
     */
    boolean insert(StoredAssessment stored) {
        var assessment = stored.assessment();
        return jdbc.sql(
                                """
                                insert into application_assessment (application_id, dossier_version, ruleset_version,
                                    as_of, jurisdiction_code, assessed_at, eligible, needs_review, result)
                                values (:application, :dossier, :ruleset, :asOf, :jurisdiction, :at, :eligible,
                                        :needsReview, cast(:result as jsonb))
                                on conflict (application_id, dossier_version) do nothing
                                """)
                        .param("application", stored.applicationId())
                        .param("dossier", stored.dossierVersion())
                        .param("ruleset", assessment.rulesetVersion())
                        .param("asOf", Date.valueOf(stored.asOf()))
                        .param("jurisdiction", stored.jurisdictionCode())
                        .param("at", Timestamp.from(stored.assessedAt()))
                        .param("eligible", assessment.eligible())
                        .param("needsReview", assessment.needsReview())
                        .param("result", write(assessment))
                        .update()
                == 1;
    }

    Optional<StoredAssessment> find(long applicationId, int dossierVersion) {
        return jdbc.sql(
                        """
                        select * from application_assessment
                        where application_id = :application and dossier_version = :dossier
                        """)
                .param("application", applicationId)
                .param("dossier", dossierVersion)
                .query((rs, n) -> new StoredAssessment(
                        rs.getLong("application_id"),
                        rs.getInt("dossier_version"),
                        rs.getDate("as_of").toLocalDate(),
                        rs.getString("jurisdiction_code"),
                        rs.getTimestamp("assessed_at").toInstant(),
                        read(rs.getString("result"))))
                .optional();
    }

    /** The assessment of the application's latest assessed dossier version. */
    Optional<StoredAssessment> latest(long applicationId) {
        return jdbc.sql(
                        """
                        select dossier_version from application_assessment where application_id = :application
                        order by dossier_version desc limit 1
                        """)
                .param("application", applicationId)
                .query(Integer.class)
                .optional()
                .flatMap(dossierVersion -> find(applicationId, dossierVersion));
    }

    private String write(Assessment assessment) {
        try {
            return json.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("assessment is not serialisable as JSON", e);
        }
    }

    private Assessment read(String stored) {
        try {
            return json.readValue(stored, Assessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment is unreadable", e);
        }
    }

    /** An assessment as stored, with what decided it: the date (the submission day) and the jurisdiction. */
    record StoredAssessment(
            long applicationId,
            int dossierVersion,
            LocalDate asOf,
            String jurisdictionCode,
            Instant assessedAt,
            Assessment assessment) {}
}
