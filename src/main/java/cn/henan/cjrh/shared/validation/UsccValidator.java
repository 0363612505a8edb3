package cn.henan.cjrh.shared.validation;

import cn.henan.cjrh.shared.Uscc;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports which GB 32100 rule a code breaks, with the position and character, instead of a bare "invalid". */
public class UsccValidator implements ConstraintValidator<ValidUscc, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        var problem = Uscc.check(value);
        if (problem.isEmpty()) {
            return true;
        }
        var hibernateContext = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernateContext.disableDefaultConstraintViolation();
        hibernateContext
                .addMessageParameter("position", problem.get().position())
                .addMessageParameter("detail", problem.get().detail())
                .buildConstraintViolationWithTemplate("{" + problem.get().messageKey() + "}")
                .addConstraintViolation();
        return false;
    }
}
