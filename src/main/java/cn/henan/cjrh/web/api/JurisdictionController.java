package cn.henan.cjrh.web.api;

import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.JurisdictionLevel;
import cn.henan.cjrh.identity.Jurisdictions;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jurisdictions")
class JurisdictionController {
    private final Jurisdictions jurisdictions;

    JurisdictionController(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @GetMapping
    @Operation(
            summary = "行政区划 — Henan's jurisdiction tree",
            description = "Without parent: the province and its city-level units. With parent: its children "
                    + "(development zones only with includeDevelopmentZones=true); an unknown code is 404.")
    List<JurisdictionView> list(
            @RequestParam(required = false) String parent,
            @RequestParam(defaultValue = "false") boolean includeDevelopmentZones) {
        var units = parent == null
                ? jurisdictions.provinceAndCities()
                : jurisdictions.childrenOf(parent, includeDevelopmentZones);
        return units.stream().map(JurisdictionView::of).toList();
    }

    record JurisdictionView(
            String code,
            String name,
            JurisdictionLevel level,
            String parentCode,
            boolean reportsDirectlyToProvince,
            boolean developmentZone) {
        static JurisdictionView of(Jurisdiction unit) {
            return new JurisdictionView(
                    unit.code(),
                    unit.name(),
                    unit.level(),
                    unit.parentCode(),
                    unit.reportsDirectlyToProvince(),
                    unit.developmentZone());
        }
    }
}
