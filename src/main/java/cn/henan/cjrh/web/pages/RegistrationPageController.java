package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.enterprise.Registration;
import cn.henan.cjrh.enterprise.RegistrationService;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PasswordPolicy;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 企业注册 — the public registration page. The form is checked by the same Bean Validation and the same
 * {@link RegistrationService} as the API; on success the new user is signed in and lands on the home page.
 */
@Controller
class RegistrationPageController {
    /** Conflicts the registration service reports, and the field each belongs next to. */
    private static final Map<String, String> CONFLICT_FIELDS = Map.of(
            "enterprise.registration.uscc-registered", "uscc",
            "identity.user.username-taken", "username");

    private final RegistrationService registrations;
    private final Jurisdictions jurisdictions;
    private final UserDetailsService users;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    RegistrationPageController(
            RegistrationService registrations,
            Jurisdictions jurisdictions,
            UserDetailsService users,
            MessageSource messages) {
        this.registrations = registrations;
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("registration", new Registration(null, null, null, null, null, null, null, null));
        model.addAttribute("errors", Map.of());
        return page(model, null);
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("registration") Registration registration,
            BindingResult validation,
            @RequestParam(required = false) String cityCode,
            @RequestParam(required = false) String passwordConfirmation,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model,
            Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        // one message per field; for an empty field "please fill in" says more than the format it breaks
        validation.getFieldErrors().forEach(error -> {
            if ("NotBlank".equals(error.getCode()) || !errors.containsKey(error.getField())) {
                errors.put(error.getField(), messages.getMessage(error, locale));
            }
        });
        if (registration.password() != null
                && !registration.password().isEmpty()
                && !registration.password().equals(passwordConfirmation)) {
            errors.putIfAbsent(
                    "passwordConfirmation", messages.getMessage("web.register.password.mismatch", null, locale));
        }
        String problem = null;
        if (errors.isEmpty()) {
            try {
                registrations.register(registration);
                signIn(registration.username(), request, response);
                redirect.addFlashAttribute("notice", "web.register.success");
                return "redirect:/home";
            } catch (InvalidInputException invalid) {
                invalid.fieldProblems()
                        .forEach(field -> errors.putIfAbsent(
                                field.field(), messages.getMessage(field.messageKey(), field.args(), locale)));
            } catch (ConflictException conflict) {
                var message = messages.getMessage(conflict.messageKey(), conflict.args(), locale);
                var field = CONFLICT_FIELDS.get(conflict.messageKey());
                if (field == null) {
                    problem = message;
                } else {
                    errors.putIfAbsent(field, message);
                }
            }
        }
        // Everything typed comes back except the password, which is never echoed into a page.
        model.addAttribute(
                "registration",
                new Registration(
                        registration.uscc(),
                        registration.name(),
                        registration.countyCode(),
                        registration.legalRepresentative(),
                        registration.contactName(),
                        registration.contactPhone(),
                        registration.username(),
                        null));
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return page(model, cityCode);
    }

    /** Signs the new user in as form login would (new session id, context saved in the session). */
    private void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        var details = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        request.getSession(true);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private String page(Model model, String cityCode) {
        var registration = (Registration) model.getAttribute("registration");
        var county = registration == null ? null : registration.countyCode();
        // the county decides the city; otherwise keep the city chosen, if it is one (the form may post anything)
        String city = jurisdictions
                .find(cityCode)
                .filter(Jurisdiction::isCity)
                .map(Jurisdiction::code)
                .orElse(null);
        if (county != null && jurisdictions.isRegistrableCounty(county)) {
            city = jurisdictions.cityOf(county);
        }
        model.addAttribute(
                "cities",
                jurisdictions.provinceAndCities().stream()
                        .filter(Jurisdiction::isCity)
                        .toList());
        model.addAttribute("cityCode", city);
        model.addAttribute("counties", city == null ? List.of() : JurisdictionOptions.countiesOf(jurisdictions, city));
        model.addAttribute("passwordMin", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("passwordMax", PasswordPolicy.MAX_LENGTH);
        return "register";
    }
}
