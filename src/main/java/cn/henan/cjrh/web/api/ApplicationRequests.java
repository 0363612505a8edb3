package cn.henan.cjrh.web.api;

import cn.henan.cjrh.application.ApplicationForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Request bodies of the application endpoints. */
final class ApplicationRequests {
    private ApplicationRequests() {}

    record Create(@NotNull(message = "{application.batch-id.required}") Long batchId, @Valid ApplicationForm form) {}

    record Edit(@NotNull(message = "{application.version.required}") Integer version, @Valid ApplicationForm form) {}
}
