package cn.henan.cjrh.application;

import cn.henan.cjrh.application.ApplicationEvents.DossierVersionFrozen;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.NotFoundException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 申报材料版本 — freezes the dossier at each submission and reads old versions and their differences. */
@Service
public class DossierVersions {
    private static final TypeReference<List<EvidenceFile>> EVIDENCE_LIST = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final ApplicationService applicationService;
    private final EvidenceRepository evidence;
    private final FormJson json;
    private final ObjectMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierVersions(
            JdbcClient jdbc,
            ApplicationRepository applications,
            ApplicationService applicationService,
            EvidenceRepository evidence,
            FormJson json,
            ObjectMapper mapper,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.applicationService = applicationService;
        this.evidence = evidence;
        this.json = json;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Freezes the current form and evidence list as the next dossier version, under a row lock so two submissions
     * cannot freeze the same number. Returns the version frozen.
     */
    @Transactional
    public DossierVersion freeze(long applicationId, Actor actor) {
        var application = applications
                .findForUpdate(applicationId)
                .orElseThrow(() -> new NotFoundException("application.not-found", applicationId));
        int number = application.dossierVersion() + 1;
        var files = evidence.current(applicationId);
        var now = clock.instant();
        jdbc.sql(
                        """
                        insert into dossier_version (application_id, number, form, evidence, frozen_at, frozen_by)
                        values (:application, :number, cast(:form as jsonb), cast(:evidence as jsonb), :at, :by)
                        """)
                .param("application", applicationId)
                .param("number", number)
                .param("form", json.write(application.form()))
                .param("evidence", json.write(files))
                .param("at", Timestamp.from(now))
                .param("by", actor.username())
                .update();
        applications.markFrozen(applicationId, number, now);
        events.publishEvent(new DossierVersionFrozen(applicationId, application.number(), number, actor));
        return new DossierVersion(applicationId, number, application.form(), files, now, actor.username());
    }

    public DossierVersion get(PlatformUser user, long applicationId, int number) {
        applicationService.get(user, applicationId);
        return find(applicationId, number)
                .orElseThrow(() -> new NotFoundException("application.version.not-found", applicationId, number));
    }

    /** For trusted callers (workflow, rules); no visibility check. */
    public Optional<DossierVersion> find(long applicationId, int number) {
        return jdbc.sql("select * from dossier_version where application_id = :application and number = :number")
                .param("application", applicationId)
                .param("number", number)
                .query((rs, n) -> new DossierVersion(
                        applicationId,
                        number,
                        json.readForm(rs.getString("form")),
                        readEvidence(rs.getString("evidence")),
                        rs.getTimestamp("frozen_at").toInstant(),
                        rs.getString("frozen_by")))
                .optional();
    }

    public DossierDiff diff(PlatformUser user, long applicationId, int from, int to) {
        var before = get(user, applicationId, from);
        var after = get(user, applicationId, to);
        Set<Long> beforeIds = before.evidence().stream().map(EvidenceFile::id).collect(Collectors.toSet());
        Set<Long> afterIds = after.evidence().stream().map(EvidenceFile::id).collect(Collectors.toSet());
        return new DossierDiff(
                from,
                to,
                FormDiff.between(json.tree(before.form()), json.tree(after.form())),
                after.evidence().stream()
                        .filter(file -> !beforeIds.contains(file.id()))
                        .toList(),
                before.evidence().stream()
                        .filter(file -> !afterIds.contains(file.id()))
                        .toList());
    }

    private List<EvidenceFile> readEvidence(String stored) {
        try {
            return mapper.readValue(stored, EVIDENCE_LIST);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored evidence list is unreadable", e);
        }
    }
}
