package cn.henan.cjrh.shared;

import java.util.List;

/** Input that breaks a rule only the module can check (e.g. a county code that is not a Henan county). */
public class InvalidInputException extends PlatformException {
    private final transient List<FieldProblem> fieldProblems;

    public InvalidInputException(List<FieldProblem> fieldProblems) {
        super("platform.validation.failed");
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** One rejected field: its path in the request body and a message key with arguments. */
    public record FieldProblem(String field, String messageKey, Object... args) {}
}
