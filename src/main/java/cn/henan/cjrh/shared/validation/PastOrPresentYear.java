package cn.henan.cjrh.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A calendar year not after the current one (Asia/Shanghai), and not before 1949. Null is valid. */
@Documented
@Constraint(validatedBy = PastOrPresentYearValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PastOrPresentYear {
    String message() default "{shared.year.past-or-present}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
