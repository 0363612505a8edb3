package cn.henan.cjrh.web.api;

import cn.henan.cjrh.enterprise.Enterprise;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseController {
    private final EnterpriseService enterprises;

    EnterpriseController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping("/{id}")
    @Operation(summary = "企业 — an enterprise, for its own users and reviewers whose jurisdiction covers it")
    Enterprise get(@CurrentUser PlatformUser user, @PathVariable long id) {
        return enterprises.get(user, id);
    }
}
