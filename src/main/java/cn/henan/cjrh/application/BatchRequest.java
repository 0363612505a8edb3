package cn.henan.cjrh.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** What an admin gives to open or change a batch. */
public record BatchRequest(
        @NotNull(message = "{application.batch.year.required}")
                @Min(value = 2019, message = "{application.batch.year.range}")
                @Max(value = 2100, message = "{application.batch.year.range}")
                Integer year,
        @NotNull(message = "{application.batch.opens-at.required}") Instant opensAt,
        @NotNull(message = "{application.batch.closes-at.required}") Instant closesAt) {

    @AssertTrue(message = "{application.batch.closes-at.after-opens-at}")
    public boolean isClosesAt() { // named after the field so the error points at closesAt
        return opensAt == null || closesAt == null || closesAt.isAfter(opensAt);
    }
}
