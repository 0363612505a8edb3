package cn.henan.cjrh.directory;

import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.directory.DirectoryRepository.NewEntry;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.Page;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 认证目录 — lists certified enterprises for the workflow, removes them on revocation, and answers public searches. */
@Service
public class DirectoryService {
    /** The longest search text; longer is refused rather than silently cut. */
    static final int MAX_QUERY_LENGTH = 100;
    /** A query that could be the start of a USCC: characters of the GB 32100 alphabet only. */
    private static final Pattern USCC_PREFIX = Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{1,18}");

    private final DirectoryRepository entries;
    private final ApplicationService applications;
    private final EnterpriseService enterprises;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;

    DirectoryService(
            DirectoryRepository entries,
            ApplicationService applications,
            EnterpriseService enterprises,
            Jurisdictions jurisdictions,
            ApplicationEventPublisher events) {
        this.entries = entries;
        this.applications = applications;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    /**
     * Lists the application's enterprise as certified (tier {@code PROVINCIAL}), with its USCC, name and place as they
     * are now. Idempotent per application, also for concurrent calls; 409 if the enterprise is listed already by another
     * application.
     */
    @Transactional
    public DirectoryEntry enter(long applicationId, Instant certifiedAt) {
        Objects.requireNonNull(certifiedAt, "certifiedAt");
        var existing = entries.findByApplication(applicationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        var application = applications
                .find(applicationId)
                .orElseThrow(() -> new NotFoundException("application.not-found", applicationId));
        var enterprise = enterprises.find(application.enterpriseId()).orElseThrow();
        var entry = new NewEntry(
                applicationId,
                application.number(),
                enterprise.id(),
                enterprise.uscc(),
                enterprise.name(),
                enterprise.cityCode(),
                enterprise.countyCode(),
                DirectoryLevel.PROVINCIAL,
                certifiedAt);
        boolean listed = entries.insertUnlessListed(entry);
        var stored = entries.findByApplication(applicationId)
                .orElseThrow(() -> new ConflictException(
                        "directory.already-listed",
                        enterprise.uscc(),
                        entries.findPresent(enterprise.id())
                                .map(DirectoryEntry::applicationNumber)
                                .orElse("?")));
        if (listed) {
            events.publishEvent(new EnterpriseListed(
                    stored.enterpriseId(),
                    applicationId,
                    stored.applicationNumber(),
                    stored.uscc(),
                    stored.name(),
                    stored.level(),
                    stored.certifiedAt()));
        }
        return stored;
    }

    /**
     * Public search of present entries, newest first. {@code query} matches the name anywhere (case-insensitive) or the
     * start of the USCC; {@code cityCode} limits to one city-level unit. Bad input is 400 naming {@code q} or
     * {@code city}.
     */
    public Page<DirectoryEntry> search(String query, String cityCode, Page.Request page) {
        var text = query == null || query.isBlank() ? null : query.strip();
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw InvalidInputException.of("q", "directory.search.query.size", MAX_QUERY_LENGTH);
        }
        var city = cityCode == null || cityCode.isBlank() ? null : cityCode.strip();
        if (city != null
                && jurisdictions.find(city).filter(Jurisdiction::isCity).isEmpty()) {
            throw InvalidInputException.of("city", "directory.search.city.unknown", city);
        }
        var upper = text == null ? null : text.toUpperCase(Locale.ROOT);
        var usccPrefix = upper != null && USCC_PREFIX.matcher(upper).matches() ? upper : null;
        return entries.search(text, usccPrefix, city, page);
    }

    /** The enterprise's present entry, if it is listed. */
    public Optional<DirectoryEntry> entryFor(long enterpriseId) {
        return entries.findPresent(enterpriseId);
    }

    /** Removes the enterprise's present entry (after revocation), keeping the row with the time and reason. */
    @Transactional
    public void remove(long enterpriseId, Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "directory.removal.reason.required");
        }
        entries.remove(enterpriseId, at, reason.strip())
                .ifPresent(removed -> events.publishEvent(new EnterpriseDelisted(
                        enterpriseId, removed.applicationId(), removed.uscc(), at, removed.removalReason())));
    }
}
