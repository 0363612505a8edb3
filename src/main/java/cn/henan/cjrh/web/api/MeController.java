package cn.henan.cjrh.web.api;

import cn.henan.cjrh.identity.CandidateGroups;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    @GetMapping("/api/v1/me")
    @Operation(summary = "当前用户 — who the credentials belong to: role, jurisdiction, enterprise, candidate groups")
    Me me(@CurrentUser PlatformUser user) {
        return new Me(
                user.id(),
                user.username(),
                user.displayName(),
                user.role(),
                user.jurisdictionCode(),
                user.enterpriseId(),
                CandidateGroups.of(user));
    }

    record Me(
            long id,
            String username,
            String displayName,
            Role role,
            String jurisdictionCode,
            Long enterpriseId,
            List<String> candidateGroups) {}
}
