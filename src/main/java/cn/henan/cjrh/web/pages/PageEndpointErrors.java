package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.PlatformException;
import cn.henan.cjrh.shared.StaleVersionException;
import cn.henan.cjrh.web.api.ProblemTypes;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of the pages' own JSON endpoints, as the page scripts show them: {@code message} for the top of the page or
 * the control, {@code errors: [{field, message}]} for messages next to fields (fields named by their form path, e.g.
 * {@code participation.cooperations[0].sinceYear}), and for a lost version race {@code stale} with the current
 * version.
 */
@RestControllerAdvice(
        assignableTypes = {
            ApplicationFormEndpoint.class,
            EvidenceEndpoint.class,
            JurisdictionOptions.class,
            UsccCheck.class,
            SelfCheckEndpoint.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageEndpointErrors {
    private static final Logger log = LoggerFactory.getLogger(PageEndpointErrors.class);
    private final MessageSource messages;

    PageEndpointErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<Answer> onPlatformException(PlatformException ex, Locale locale) {
        var message = messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale);
        var errors = new ArrayList<FieldMessage>();
        if (ex instanceof InvalidInputException invalid) {
            invalid.fieldProblems()
                    .forEach(problem -> errors.add(new FieldMessage(
                            problem.field(),
                            messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale))));
        }
        Integer current = null;
        if (ex instanceof StaleVersionException && ex.args().length > 1 && ex.args()[1] instanceof Integer now) {
            current = now;
        }
        return answer(ProblemTypes.of(ex).status(), message, errors, ex instanceof StaleVersionException, current);
    }

    /** A value the form's types cannot hold (text in a number, a malformed date): named by its path in the form. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Answer> onUnreadable(HttpMessageNotReadableException ex, Locale locale) {
        var errors = new ArrayList<FieldMessage>();
        if (ex.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            errors.add(new FieldMessage(formPath(mapping.getPath()), typeMessage(mapping, locale)));
        }
        return answer(HttpStatus.BAD_REQUEST, text("web.form.save.invalid", locale), errors, false, null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Answer> onInvalid(MethodArgumentNotValidException ex, Locale locale) {
        var errors = ex.getFieldErrors().stream()
                .map(error -> new FieldMessage(
                        error.getField().replaceFirst("^form\\.", ""), messages.getMessage(error, locale)))
                .toList();
        return answer(HttpStatus.BAD_REQUEST, text("web.form.save.invalid", locale), errors, false, null);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Answer> onMissing(Exception ex, Locale locale) {
        var key = ex instanceof MissingServletRequestParameterException missing
                        && "kind".equals(missing.getParameterName())
                ? "web.evidence.kind.required"
                : "application.evidence.file-name-required";
        return answer(HttpStatus.BAD_REQUEST, text(key, locale), List.of(), false, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Answer> onMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
        var key = "kind".equals(ex.getName()) ? "web.evidence.kind.required" : "web.form.error.invalid";
        return answer(HttpStatus.BAD_REQUEST, text(key, locale), List.of(), false, null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Answer> onTooLarge(MaxUploadSizeExceededException ex, Locale locale) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, text("web.problem.http.413", locale), List.of(), false, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Answer> onUnexpected(Exception ex, Locale locale) {
        log.error("Unexpected error answering a page request", ex);
        return answer(
                HttpStatus.INTERNAL_SERVER_ERROR, text("web.problem.internal.detail", locale), List.of(), false, null);
    }

    private String typeMessage(JsonMappingException mapping, Locale locale) {
        Class<?> target = mapping instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                ? mismatch.getTargetType()
                : null;
        String key;
        if (target == Integer.class || target == int.class || target == Long.class) {
            key = "web.form.error.integer";
        } else if (target == BigDecimal.class) {
            key = "web.form.error.money";
        } else if (target == LocalDate.class) {
            key = "web.form.error.date";
        } else if (target != null && (target.isEnum() || target == Boolean.class)) {
            key = "web.form.error.choice";
        } else {
            key = "web.form.error.invalid";
        }
        return text(key, locale);
    }

    /** {@code participation.cooperations[0].sinceYear}: the path inside the form, as the page names its fields. */
    static String formPath(List<JsonMappingException.Reference> path) {
        var out = new StringBuilder();
        for (var reference : path) {
            if (reference.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString().replaceFirst("^form\\.", "");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static ResponseEntity<Answer> answer(
            HttpStatus status, String message, List<FieldMessage> errors, boolean stale, Integer currentVersion) {
        return ResponseEntity.status(status)
                .body(new Answer(status.value(), message, List.copyOf(errors), stale, currentVersion));
    }

    record Answer(int status, String message, List<FieldMessage> errors, boolean stale, Integer currentVersion) {}

    record FieldMessage(String field, String message) {}
}
