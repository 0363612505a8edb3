package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.web.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page, sign-in and each role's home page. */
@Controller
class PagesController {
    private final Jurisdictions jurisdictions;

    PagesController(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/")
    String index() {
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/home")
    String home(@CurrentUser PlatformUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute(
                "jurisdictionName",
                jurisdictions
                        .find(user.jurisdictionCode())
                        .map(Jurisdiction::name)
                        .orElse(user.jurisdictionCode()));
        return "home";
    }
}
