package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.directory.DirectoryService;
import cn.henan.cjrh.directory.ObjectionRequest;
import cn.henan.cjrh.directory.PublicityService;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.Page;
import cn.henan.cjrh.shared.PlatformException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public pages: 认证目录 (search by name, USCC or city, paged, through {@link DirectoryService#search}) and 公示名单 with
 * the objection form ({@link PublicityService#raise}, which decides whether the publicity accepts objections and
 * limits how often).
 */
@Controller
class PublicPagesController {
    private static final int PAGE_SIZE = 20;

    private final DirectoryService directory;
    private final PublicityService publicity;
    private final Jurisdictions jurisdictions;
    private final Validator validator;
    private final MessageSource messages;

    PublicPagesController(
            DirectoryService directory,
            PublicityService publicity,
            Jurisdictions jurisdictions,
            Validator validator,
            MessageSource messages) {
        this.directory = directory;
        this.publicity = publicity;
        this.jurisdictions = jurisdictions;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/directory")
    String directory(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String city,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        model.addAttribute("q", q);
        model.addAttribute("city", city);
        model.addAttribute("cities", cities());
        model.addAttribute("names", names());
        Page<?> found;
        var errors = new LinkedHashMap<String, String>();
        try {
            found = directory.search(q, city, new Page.Request(page, PAGE_SIZE));
        } catch (InvalidInputException invalid) {
            invalid.fieldProblems()
                    .forEach(
                            problem -> errors.put(problem.field(), text(problem.messageKey(), problem.args(), locale)));
            found = new Page<>(List.of(), 0, PAGE_SIZE, 0);
        }
        model.addAttribute("entries", found);
        model.addAttribute("errors", errors);
        model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "public/directory";
    }

    @GetMapping("/publicity")
    String publicity(Model model) {
        fillPublicity(model, null, new ObjectionRequest(null, null, null), Map.of());
        return "public/publicity";
    }

    @PostMapping("/publicity/{applicationId}/objections")
    String object(
            @PathVariable long applicationId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var request = new ObjectionRequest(name, contact, reason);
        var errors = new LinkedHashMap<String, String>();
        validator
                .validate(request)
                .forEach(violation ->
                        errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
        if (errors.isEmpty()) {
            try {
                publicity.raise(applicationId, request, http.getRemoteAddr());
                redirect.addFlashAttribute("notice", "web.objection.done");
                redirect.addFlashAttribute("objectedId", applicationId);
                return "redirect:/publicity";
            } catch (InvalidInputException invalid) {
                invalid.fieldProblems()
                        .forEach(problem -> errors.putIfAbsent(
                                problem.field(), text(problem.messageKey(), problem.args(), locale)));
                if (errors.isEmpty()) {
                    errors.put("reason", text(invalid.messageKey(), invalid.args(), locale));
                }
            } catch (PlatformException refused) {
                model.addAttribute("problem", text(refused.messageKey(), refused.args(), locale));
            }
        }
        fillPublicity(model, applicationId, request, errors);
        return "public/publicity";
    }

    private void fillPublicity(Model model, Long formFor, ObjectionRequest typed, Map<String, String> errors) {
        model.addAttribute("listings", publicity.current());
        model.addAttribute("names", names());
        model.addAttribute("formFor", formFor);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
    }

    private List<Jurisdiction> cities() {
        return jurisdictions.provinceAndCities().stream()
                .filter(Jurisdiction::isCity)
                .toList();
    }

    /** Code → name, for showing a listing's city and county. */
    private Map<String, String> names() {
        return new JurisdictionNames(jurisdictions).asMap();
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Looks names up lazily, so templates can write {@code names[code]}. */
    private record JurisdictionNames(Jurisdictions jurisdictions) {
        Map<String, String> asMap() {
            return new java.util.AbstractMap<>() {
                @Override
                public String get(Object code) {
                    return code == null
                            ? null
                            : jurisdictions
                                    .find(code.toString())
                                    .map(Jurisdiction::name)
                                    .orElse(code.toString());
                }

                @Override
                public java.util.Set<Entry<String, String>> entrySet() {
                    return java.util.Set.of();
                }
            };
        }
    }
}
