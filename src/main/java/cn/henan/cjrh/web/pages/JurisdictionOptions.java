package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county picker of the registration page: the counties an enterprise may register in under one city. 济源示范区 has
 * no counties and registers with its own code, so it is offered as its own only choice.
 */
@RestController
class JurisdictionOptions {
    private final Jurisdictions jurisdictions;

    JurisdictionOptions(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/app/jurisdictions")
    List<Option> counties(@RequestParam String parent) {
        return countiesOf(jurisdictions, parent);
    }

    static List<Option> countiesOf(Jurisdictions jurisdictions, String cityCode) {
        if (Jurisdiction.JIYUAN.equals(cityCode)) {
            return jurisdictions.find(cityCode).map(Option::of).stream().toList();
        }
        return jurisdictions.childrenOf(cityCode, false).stream()
                .filter(unit -> jurisdictions.isRegistrableCounty(unit.code()))
                .map(Option::of)
                .toList();
    }

    /** One choice of a select: code and name. */
    record Option(String code, String name) {
        static Option of(Jurisdiction unit) {
            return new Option(unit.code(), unit.name());
        }
    }
}
