package cn.henan.cjrh.web.api;

import cn.henan.cjrh.audit.AuditLog;
import cn.henan.cjrh.audit.AuditRecord;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "审计记录 — the audit trail of one subject, oldest first (ADMIN)")
    List<AuditRecord> trail(@RequestParam String subjectType, @RequestParam String subjectId) {
        return audit.trailOf(subjectType, subjectId);
    }
}
