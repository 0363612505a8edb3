package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetInvalidException;
import cn.henan.cjrh.rules.RulesetMessage;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.PlatformException;
import cn.henan.cjrh.shared.StaleVersionException;
import cn.henan.cjrh.web.api.ProblemTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the studio's own JSON calls as the page scripts show them: {@code message} for the top of the editor,
 * {@code errors: [{field, message}]} for a field, {@code messages} for compile problems (file, line, column), and for a
 * lost race ({@code stale}) the draft's current save count, so the user can choose to overwrite with what they typed.
 * Access refusals are left to Spring Security (403).
 */
@RestControllerAdvice(assignableTypes = {StudioFileEndpoint.class, StudioImpactEndpoint.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class StudioEndpointErrors {
    private final StudioMessages messages;
    private final RulesetAuthoring authoring;

    StudioEndpointErrors(StudioMessages messages, RulesetAuthoring authoring) {
        this.messages = messages;
        this.authoring = authoring;
    }

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<Answer> onRefusal(PlatformException refusal, Locale locale) {
        var errors = new ArrayList<FieldMessage>();
        if (refusal instanceof InvalidInputException invalid) {
            messages.fieldErrors(invalid, locale).forEach((field, text) -> errors.add(new FieldMessage(field, text)));
        }
        List<RulesetMessage> compile =
                refusal instanceof RulesetInvalidException invalid ? invalid.messages() : List.of();
        Integer current = null;
        if (refusal instanceof StaleVersionException && refusal.args().length > 0) {
            current = currentRowVersion(String.valueOf(refusal.args()[0]));
        }
        return ResponseEntity.status(ProblemTypes.of(refusal).status())
                .body(new Answer(
                        ProblemTypes.of(refusal).status().value(),
                        messages.of(refusal, locale),
                        errors,
                        compile,
                        refusal instanceof StaleVersionException,
                        current));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentNotValidException.class})
    ResponseEntity<Answer> onUnreadable(Exception unreadable, Locale locale) {
        return ResponseEntity.badRequest()
                .body(new Answer(
                        400, messages.text("studio.request.invalid", locale), List.of(), List.of(), false, null));
    }

    private Integer currentRowVersion(String version) {
        try {
            return authoring.get(Integer.parseInt(version)).rowVersion();
        } catch (RuntimeException gone) {
            return null;
        }
    }

    record Answer(
            int status,
            String message,
            List<FieldMessage> errors,
            List<RulesetMessage> messages,
            boolean stale,
            Integer currentRowVersion) {}

    record FieldMessage(String field, String message) {}
}
