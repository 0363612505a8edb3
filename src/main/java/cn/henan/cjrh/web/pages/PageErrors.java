package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.NotFoundException;
import cn.henan.cjrh.shared.PlatformException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A service refusing a page request shows the error page with the service's reason: another jurisdiction's
 * application is "not found", exactly like a missing one.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageErrors {
    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlatformException.class)
    ModelAndView onPlatformException(PlatformException ex, Locale locale) {
        var status = ex instanceof NotFoundException
                ? HttpStatus.NOT_FOUND
                : ex instanceof ForbiddenException ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("message", messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale));
        return page;
    }
}
