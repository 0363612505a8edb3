package cn.henan.cjrh.application;

import cn.henan.cjrh.application.ApplicationEvents.EvidenceAdded;
import cn.henan.cjrh.application.ApplicationEvents.EvidenceRemoved;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.PayloadTooLargeException;
import cn.henan.cjrh.shared.UnsupportedContentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 证明材料 — upload, list, download and remove evidence files of an application. */
@Service
public class EvidenceService {
    private final ApplicationService applications;
    private final ApplicationRepository applicationRows;
    private final EvidenceRepository evidence;
    private final ContentTypes contentTypes;
    private final EvidenceProperties limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(
            ApplicationService applications,
            ApplicationRepository applicationRows,
            EvidenceRepository evidence,
            ContentTypes contentTypes,
            EvidenceProperties limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.applicationRows = applicationRows;
        this.evidence = evidence;
        this.contentTypes = contentTypes;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a file to an editable application. The content is read twice (type detection, then storage with SHA-256), so
     * it must be re-readable, like an uploaded part spooled to disk. Nothing is stored if any check fails.
     */
    @Transactional
    public EvidenceFile add(
            PlatformUser user,
            long applicationId,
            EvidenceKind kind,
            String fileName,
            long size,
            InputStreamSource content) {
        applications.requireEditableBy(user, applicationId);
        return store(user, applicationId, kind, fileName, size, content);
    }

    /**
     * 三年规划 — the plan a certified enterprise files after listing (H-952). It joins the evidence of the certified
     * application; the workflow then closes the plan task.
     */
    @Transactional
    public EvidenceFile addThreeYearPlan(
            PlatformUser user, long applicationId, String fileName, long size, InputStreamSource content) {
        var application = applications.get(user, applicationId);
        if (!user.isEnterpriseOf(application.enterpriseId())) {
            throw new ForbiddenException("application.enterprise-only");
        }
        if (application.status() != ApplicationStatus.CERTIFIED) {
            throw new ConflictException("application.plan.not-certified", application.status());
        }
        return store(user, applicationId, EvidenceKind.THREE_YEAR_PLAN, fileName, size, content);
    }

    private EvidenceFile store(
            PlatformUser user,
            long applicationId,
            EvidenceKind kind,
            String fileName,
            long size,
            InputStreamSource content) {
        applicationRows.findForUpdate(applicationId); // one upload at a time per application: the total stays true
        var name = cleanFileName(fileName);
        long maxFile = limits.maxFileSize().toBytes();
        if (size > maxFile) {
            throw new PayloadTooLargeException(
                    "application.evidence.file-too-large", megabytes(size), megabytes(maxFile));
        }
        long maxTotal = limits.maxTotalSize().toBytes();
        long total = evidence.currentTotalSize(applicationId);
        if (total + size > maxTotal) {
            throw new PayloadTooLargeException(
                    "application.evidence.total-too-large", megabytes(total), megabytes(size), megabytes(maxTotal));
        }
        var detection = detect(content);
        var type = detection
                .accepted()
                .orElseThrow(() -> new UnsupportedContentException(
                        "application.evidence.unsupported-type", name, detection.seen()));
        var digest = sha256();
        try (InputStream in = new DigestInputStream(content.getInputStream(), digest)) {
            var stored = evidence.store(in);
            if (stored.bytes() > maxFile) { // the declared size lied; the transaction rolls the bytes back
                throw new PayloadTooLargeException(
                        "application.evidence.file-too-large", megabytes(stored.bytes()), megabytes(maxFile));
            }
            var sha256 = HexFormat.of().formatHex(digest.digest());
            var now = clock.instant();
            long id = evidence.insert(applicationId, kind, name, type, stored, sha256, user.username(), now);
            applicationRows.touch(applicationId, now);
            events.publishEvent(
                    new EvidenceAdded(applicationId, id, kind.name(), name, stored.bytes(), sha256, Actor.of(user)));
            return new EvidenceFile(id, kind, name, type, stored.bytes(), sha256, now, user.username());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<EvidenceFile> list(PlatformUser user, long applicationId) {
        applications.get(user, applicationId);
        return evidence.current(applicationId);
    }

    /** Streams a file to whoever may see the application; {@code sink} learns the file first, to set headers. */
    @Transactional(readOnly = true)
    public void download(PlatformUser user, long applicationId, long evidenceId, Sink sink) {
        applications.get(user, applicationId);
        var stored = evidence.find(applicationId, evidenceId)
                .orElseThrow(() -> new NotFoundException("application.evidence.not-found", evidenceId));
        try {
            evidence.copyContent(stored.oid(), sink.open(stored.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes a file out of the working dossier. A file a submitted version lists keeps its bytes, so that version stays
     * readable; one never submitted is deleted.
     */
    @Transactional
    public void remove(PlatformUser user, long applicationId, long evidenceId) {
        applications.requireEditableBy(user, applicationId);
        var stored = evidence.find(applicationId, evidenceId)
                .filter(file -> !file.removed())
                .orElseThrow(() -> new NotFoundException("application.evidence.not-found", evidenceId));
        if (evidence.isInFrozenVersion(applicationId, evidenceId)) {
            evidence.markRemoved(evidenceId, user.username(), clock.instant());
        } else {
            evidence.deleteWithContent(evidenceId, stored.oid());
        }
        applicationRows.touch(applicationId, clock.instant()); // a resubmission has something new
        events.publishEvent(
                new EvidenceRemoved(applicationId, evidenceId, stored.file().fileName(), Actor.of(user)));
    }

    private ContentTypes.Detection detect(InputStreamSource content) {
        try {
            return contentTypes.detect(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Browsers may send a full path; keep the last segment, within the column's size. */
    private static String cleanFileName(String fileName) {
        var name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            throw InvalidInputException.of("file", "application.evidence.file-name-required");
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Where a download goes: told the file first, then handed the bytes. */
    @FunctionalInterface
    public interface Sink {
        OutputStream open(EvidenceFile file) throws IOException;
    }
}
