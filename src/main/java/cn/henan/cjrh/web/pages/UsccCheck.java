package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.enterprise.Registration;
import cn.henan.cjrh.shared.Uscc;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a USCC as the user types it, with exactly the constraint the registration is validated with (GB 32100 via
 * {@link Uscc#check}), so the message shown while typing is the one a submission would get, in the user's language.
 */
@RestController
class UsccCheck {
    private final Validator validator;

    UsccCheck(Validator validator) {
        this.validator = validator;
    }

    @GetMapping("/app/uscc-check")
    Result check(@RequestParam(defaultValue = "") String value) {
        var candidate = value; // exactly what the form would submit: the page upper-cases and trims as one types
        var message = validator.validateValue(Registration.class, "uscc", candidate).stream()
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElse(null);
        var problem = Uscc.check(candidate);
        return new Result(
                message == null,
                candidate,
                problem.map(p -> p.rule().name()).orElse(null),
                problem.map(Uscc.Problem::position).orElse(null),
                message);
    }

    /**
     * The answer: {@code rule} is the GB 32100 rule broken ({@code LENGTH}, {@code ALPHABET}, {@code DIVISION_CODE},
     * {@code CHECK_CHARACTER}), {@code position} where (for LENGTH, the length found).
     */
    record Result(boolean valid, String value, String rule, Integer position, String message) {}
}
