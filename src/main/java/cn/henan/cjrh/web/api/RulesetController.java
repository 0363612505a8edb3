package cn.henan.cjrh.web.api;

import cn.henan.cjrh.rules.ActiveRuleset;
import cn.henan.cjrh.rules.RulesetVersions;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/rulesets")
class RulesetController {
    private final RulesetVersions rulesets;

    RulesetController(RulesetVersions rulesets) {
        this.rulesets = rulesets;
    }

    @GetMapping("/active")
    @Operation(summary = "现行规则集 — the version that decides an assessment dated today (Asia/Shanghai)")
    ActiveRuleset active() {
        return rulesets.active();
    }
}
