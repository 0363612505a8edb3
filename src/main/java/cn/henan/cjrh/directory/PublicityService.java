package cn.henan.cjrh.directory;

import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.directory.PublicityRepository.NewPublicity;
import cn.henan.cjrh.directory.PublicityRepository.Resolution;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.shared.NotFoundException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 公示与异议 — opens and closes an application's publicity for the workflow, lists current publicities for the public,
 * takes the public's objections and records the province's check of them.
 */
@Service
@Validated
public class PublicityService {
    private static final String UNKNOWN_ADDRESS = "unknown";
    private final PublicityRepository publicities;
    private final ApplicationService applications;
    private final EnterpriseService enterprises;
    private final ObjectionRateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicityService(
            PublicityRepository publicities,
            ApplicationService applications,
            EnterpriseService enterprises,
            ObjectionRateLimiter rateLimiter,
            ApplicationEventPublisher events,
            Clock clock) {
        this.publicities = publicities;
        this.applications = applications;
        this.enterprises = enterprises;
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the application's publicity from {@code startsAt} until {@code endsAt}. Idempotent: while one is open, a
     * second call (also a concurrent one) returns it unchanged.
     */
    @Transactional
    public Publicity start(long applicationId, Instant startsAt, Instant endsAt) {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("publicity must end after it starts: " + startsAt + " / " + endsAt);
        }
        var open = publicities.findOpen(applicationId);
        if (open.isPresent()) {
            return open.get();
        }
        var application = applications
                .find(applicationId)
                .orElseThrow(() -> new NotFoundException("application.not-found", applicationId));
        var enterprise = enterprises.find(application.enterpriseId()).orElseThrow();
        boolean opened = publicities.insertUnlessOpen(new NewPublicity(
                application.id(),
                application.number(),
                enterprise.id(),
                enterprise.name(),
                enterprise.uscc(),
                application.cityCode(),
                application.countyCode(),
                startsAt,
                endsAt));
        var publicity = publicities.findOpen(applicationId).orElseThrow();
        if (opened) {
            events.publishEvent(new PublicityStarted(
                    applicationId,
                    publicity.applicationNumber(),
                    publicity.id(),
                    publicity.startsAt(),
                    publicity.endsAt()));
        }
        return publicity;
    }

    /** Closes the application's open publicity at {@code at}; nothing happens when none is open. */
    @Transactional
    public void end(long applicationId, Instant at) {
        Objects.requireNonNull(at, "at");
        publicities
                .close(applicationId, at)
                .ifPresent(closed -> events.publishEvent(new PublicityEnded(
                        applicationId,
                        closed.applicationNumber(),
                        closed.id(),
                        closed.endedAt(),
                        publicities.countOpenObjections(applicationId))));
    }

    /** The open publicity of an application, if any (whether or not its window has begun or passed). */
    public Optional<Publicity> openFor(long applicationId) {
        return publicities.findOpen(applicationId);
    }

    /** 公示名单 — publicities open now, ending soonest first. Public. */
    public List<PublicityListing> current() {
        return publicities.current(clock.instant());
    }

    /**
     * 提出异议 — public. Refused with 404 unless the application is in an open publicity window now, and with 429 when
     * the address has raised too many objections against this application lately. The objection is stored open and
     * {@link ObjectionRaised} is published in the same transaction.
     */
    @Transactional
    public Objection raise(long applicationId, @Valid ObjectionRequest request, String remoteAddress) {
        var now = clock.instant();
        var publicity = publicities
                .findOpenForShare(applicationId)
                .filter(open -> open.acceptsObjectionsAt(now))
                .orElseThrow(() -> new NotFoundException("directory.publicity.not-open", applicationId));
        var address = remoteAddress == null || remoteAddress.isBlank() ? UNKNOWN_ADDRESS : remoteAddress;
        rateLimiter.acquire(address, applicationId);
        long id = publicities.insertObjection(publicity, request, abbreviate(address), now);
        events.publishEvent(new ObjectionRaised(applicationId, publicity.applicationNumber(), id));
        return publicities.findObjection(id).orElseThrow();
    }

    /** 异议核查 — marks the application's open objections upheld or dismissed, by whom, when and why. */
    @Transactional
    public void resolveOpenObjections(long applicationId, boolean upheld, Actor actor, String comment) {
        Objects.requireNonNull(actor, "actor");
        var resolution = new Resolution(
                clock.instant(),
                actor.username(),
                actor.role() == null ? null : actor.role().name(),
                comment == null || comment.isBlank() ? null : comment.strip());
        var resolved = publicities.resolveOpen(
                applicationId, upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED, resolution);
        if (!resolved.isEmpty()) {
            events.publishEvent(new ObjectionResolved(applicationId, resolved, upheld, actor, resolution.comment()));
        }
    }

    /** Every objection to the application, oldest first, with personal data: for the province's check only. */
    public List<Objection> objectionsOf(long applicationId) {
        return publicities.objectionsOf(applicationId);
    }

    public boolean hasOpenObjections(long applicationId) {
        return publicities.countOpenObjections(applicationId) > 0;
    }

    private static String abbreviate(String address) { // whatever a proxy forwarded, it must fit the column
        return address.length() <= 64 ? address : address.substring(0, 64);
    }
}
