package cn.henan.cjrh.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that never reach a controller (an unknown path, a wrong method, an oversized upload) still get a problem
 * body for API clients; browsers keep the HTML error pages.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {
    private final MessageSource messages;

    ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server, MessageSource messages) {
        super(errorAttributes, server.getError(), List.of());
        this.messages = messages;
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        var status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        var kind = ProblemTypes.ofStatus(status.value());
        Locale locale = LocaleContextHolder.getLocale();
        var body = new LinkedHashMap<String, Object>();
        body.put("type", kind == null ? "about:blank" : kind.type().toString());
        body.put("title", kind == null ? status.getReasonPhrase() : messages.getMessage(kind.titleKey(), null, locale));
        body.put("status", status.value());
        body.put(
                "detail",
                messages.getMessage("web.problem.http." + status.value(), null, status.getReasonPhrase(), locale));
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            body.put("instance", URI.create(path).toString());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
