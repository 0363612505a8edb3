package cn.henan.cjrh.web.api;

import cn.henan.cjrh.application.Batch;
import cn.henan.cjrh.application.BatchRequest;
import cn.henan.cjrh.application.BatchService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/batches")
class BatchController {
    private final BatchService batches;

    BatchController(BatchService batches) {
        this.batches = batches;
    }

    @GetMapping
    @Operation(summary = "申报批次 — the application batches, newest first, with whether each is open now")
    List<BatchView> list() {
        return batches.list().stream().map(this::view).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Open a batch (ADMIN)")
    ResponseEntity<BatchView> create(@CurrentUser PlatformUser admin, @Valid @RequestBody BatchRequest request) {
        var batch = batches.create(Actor.of(admin), request);
        return ResponseEntity.created(URI.create("/api/v1/batches/" + batch.id()))
                .body(view(batch));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change a batch's year or window (ADMIN)")
    BatchView update(@CurrentUser PlatformUser admin, @PathVariable long id, @Valid @RequestBody BatchRequest request) {
        return view(batches.update(Actor.of(admin), id, request));
    }

    private BatchView view(Batch batch) {
        return new BatchView(batch.id(), batch.year(), batch.opensAt(), batch.closesAt(), batches.isOpenNow(batch));
    }

    record BatchView(long id, int year, Instant opensAt, Instant closesAt, boolean open) {}
}
