package cn.henan.cjrh.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;

public class PastOrPresentYearValidator implements ConstraintValidator<PastOrPresentYear, Integer> {
    static final int EARLIEST = 1949;

    @Override
    public boolean isValid(Integer year, ConstraintValidatorContext context) {
        if (year == null) {
            return true;
        }
        var current = Year.now(context.getClockProvider().getClock()).getValue();
        return year >= EARLIEST && year <= current;
    }
}
