package cn.henan.cjrh.review;

import cn.henan.cjrh.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a reviewer decides, with the reason and comments on single fields of the form. */
public record Decision(
        @NotNull(message = "{review.decision.outcome.required}") Outcome outcome,
        @Size(max = 4000, message = "{review.decision.comment.size}") String comment,
        List<@Valid FieldComment> fieldComments) {

    public Decision {
        fieldComments = fieldComments == null ? List.of() : List.copyOf(fieldComments);
    }

    public static Decision approve(String comment) {
        return new Decision(Outcome.APPROVE, comment, List.of());
    }

    /** 退回修改 and 不予通过 must say why; approving despite a review finding (E04) must say why it is accepted. */
    void requireReasons(boolean needsReview) {
        boolean blank = comment == null || comment.isBlank();
        if (blank && outcome != Outcome.APPROVE) {
            throw InvalidInputException.of(
                    "comment",
                    "review.decision.comment.required-for-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (blank && needsReview) {
            throw InvalidInputException.of("comment", "review.decision.comment.required-for-review-finding");
        }
    }

    /** A comment on one field of the form, e.g. {@code workforce.trainingFundDrawn}. */
    public record FieldComment(
            @NotBlank(message = "{review.decision.field.required}") @Size(max = 200) String field,
            @NotBlank(message = "{review.decision.field-comment.required}") @Size(max = 2000) String comment) {}
}
