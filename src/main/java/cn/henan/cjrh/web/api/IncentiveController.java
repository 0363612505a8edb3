package cn.henan.cjrh.web.api;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.incentives.GrantedBundle;
import cn.henan.cjrh.incentives.IncentiveGrants;
import cn.henan.cjrh.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IncentiveController {
    private final IncentiveGrants grants;

    IncentiveController(IncentiveGrants grants) {
        this.grants = grants;
    }

    @GetMapping("/api/v1/enterprises/{id}/incentives")
    @Operation(
            summary = "激励政策 — the incentive bundle granted at certification (金融+财政+土地+信用)",
            description = "For the enterprise's own users and reviewers whose jurisdiction covers it; 404 for others. "
                    + "Before certification: no grant and no items.")
    GrantedBundle granted(@CurrentUser PlatformUser user, @PathVariable long id) {
        return grants.grantedTo(user, id);
    }
}
