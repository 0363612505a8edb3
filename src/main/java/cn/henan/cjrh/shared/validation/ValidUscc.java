package cn.henan.cjrh.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A GB 32100-2015 unified social credit code; the message names the rule that failed. Null is left to @NotBlank. */
@Documented
@Constraint(validatedBy = UsccValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUscc {
    String message() default "{shared.uscc.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
