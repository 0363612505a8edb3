package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.PlatformException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The texts of the services' refusals in the user's language, as the studio pages show them. */
@Component
class StudioMessages {
    private final MessageSource messages;

    StudioMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String of(PlatformException refusal, Locale locale) {
        return messages.getMessage(refusal.messageKey(), refusal.args(), refusal.messageKey(), locale);
    }

    /** Each field problem's message by the field the service named ({@code parameters[3].value}, {@code reason}). */
    Map<String, String> fieldErrors(InvalidInputException invalid, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        invalid.fieldProblems()
                .forEach(problem -> errors.merge(
                        problem.field(),
                        messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale),
                        (a, b) -> a + " " + b));
        return errors;
    }
}
