package cn.henan.cjrh.web.api;

import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.PayloadTooLargeException;
import cn.henan.cjrh.shared.PlatformException;
import cn.henan.cjrh.shared.StaleVersionException;
import cn.henan.cjrh.shared.TooManyRequestsException;
import cn.henan.cjrh.shared.UnsupportedContentException;
import java.net.URI;
import org.springframework.http.HttpStatus;

/** Each kind of problem the API answers with: its status, {@code type} URI and the bundle key of its title. */
public enum ProblemTypes {
    VALIDATION(HttpStatus.BAD_REQUEST, "/problems/validation"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "/problems/not-found"),
    CONFLICT(HttpStatus.CONFLICT, "/problems/conflict"),
    STALE_VERSION(HttpStatus.CONFLICT, "/problems/stale-version"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "/problems/forbidden"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "/problems/payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "/problems/unsupported-media-type"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "/problems/too-many-requests"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "/problems/internal");

    private final HttpStatus status;
    private final URI type;

    ProblemTypes(HttpStatus status, String type) {
        this.status = status;
        this.type = URI.create(type);
    }

    public HttpStatus status() {
        return status;
    }

    URI type() {
        return type;
    }

    String titleKey() {
        return "web.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".title";
    }

    /** The kind of problem a refusal of the platform is; its {@link #status()} answers it on pages' endpoints too. */
    public static ProblemTypes of(PlatformException ex) {
        if (ex instanceof InvalidInputException) {
            return VALIDATION;
        }
        if (ex instanceof NotFoundException) {
            return NOT_FOUND;
        }
        if (ex instanceof StaleVersionException) {
            return STALE_VERSION;
        }
        if (ex instanceof ConflictException) {
            return CONFLICT;
        }
        if (ex instanceof ForbiddenException) {
            return FORBIDDEN;
        }
        if (ex instanceof PayloadTooLargeException) {
            return PAYLOAD_TOO_LARGE;
        }
        if (ex instanceof UnsupportedContentException) {
            return UNSUPPORTED_MEDIA_TYPE;
        }
        if (ex instanceof TooManyRequestsException) {
            return TOO_MANY_REQUESTS;
        }
        return INTERNAL;
    }

    static ProblemTypes ofStatus(int status) {
        for (var kind : values()) {
            if (kind.status.value() == status && kind != STALE_VERSION) {
                return kind;
            }
        }
        return null;
    }
}
