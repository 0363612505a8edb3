package cn.henan.cjrh.web.api;

import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.PlatformException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of an {@code /api/v1} controller as RFC 7807 {@code application/problem+json}, with title and detail from
 * the message bundles in the caller's language, and field errors as {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(basePackages = "cn.henan.cjrh.web.api")
class ApiProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(PlatformException.class)
    ProblemDetail onPlatformException(PlatformException ex, Locale locale) {
        var kind = ProblemTypes.of(ex);
        var problem = problem(kind, messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale), locale);
        if (ex instanceof InvalidInputException invalid) {
            problem.setProperty(
                    "errors",
                    invalid.fieldProblems().stream()
                            .map(field -> fieldError(
                                    field.field(),
                                    messages.getMessage(field.messageKey(), field.args(), field.messageKey(), locale)))
                            .toList());
        }
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail onAccessDenied(AccessDeniedException ex, Locale locale) {
        return problem(
                ProblemTypes.FORBIDDEN, messages.getMessage("web.problem.forbidden.detail", null, locale), locale);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail onUnexpected(Exception ex, Locale locale) {
        log.error("Unexpected error answering an API request", ex);
        return problem(ProblemTypes.INTERNAL, messages.getMessage("web.problem.internal.detail", null, locale), locale);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale(); // resolved by the LocaleResolver, Chinese by default
        var problem = problem(
                ProblemTypes.VALIDATION, messages.getMessage("platform.validation.failed", null, locale), locale);
        var errors = new java.util.ArrayList<Map<String, String>>();
        ex.getFieldErrors()
                .forEach(error -> errors.add(fieldError(error.getField(), messages.getMessage(error, locale))));
        ex.getGlobalErrors()
                .forEach(error -> errors.add(fieldError(error.getObjectName(), messages.getMessage(error, locale))));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** Malformed JSON, a wrong type or an unknown enum value: name the field the parser stopped at. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale(); // resolved by the LocaleResolver, Chinese by default
        var problem = problem(
                ProblemTypes.VALIDATION, messages.getMessage("web.problem.unreadable.detail", null, locale), locale);
        if (ex.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            var field = JsonPaths.of(mapping.getPath());
            problem.setProperty(
                    "errors",
                    List.of(fieldError(
                            field, messages.getMessage("web.problem.unreadable.field", new Object[] {field}, locale))));
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private ProblemDetail problem(ProblemTypes kind, String detail, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
        problem.setType(kind.type());
        problem.setTitle(messages.getMessage(kind.titleKey(), null, locale));
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
