package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.ActiveRuleset;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.rules.RulesetStatus;
import cn.henan.cjrh.rules.RulesetVersion;
import cn.henan.cjrh.rules.RulesetVersions;
import cn.henan.cjrh.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of one version shows in its header: the version with its status, whether it is the one in effect
 * today, whether the signed-in user may edit it (a draft, for policy staff: the service still decides each edit), and
 * which tab is open.
 */
@Component
class StudioVersionModel {
    private final RulesetAuthoring authoring;
    private final RulesetVersions versions;

    StudioVersionModel(RulesetAuthoring authoring, RulesetVersions versions) {
        this.authoring = authoring;
        this.versions = versions;
    }

    RulesetVersion fill(PlatformUser user, int version, String tab, Model model) {
        var found = authoring.get(version);
        model.addAttribute("user", user);
        model.addAttribute("v", found);
        model.addAttribute("tab", tab);
        model.addAttribute("editable", isEditable(user, found));
        model.addAttribute("approver", user.role() == cn.henan.cjrh.identity.Role.POLICY_APPROVER);
        model.addAttribute("activeVersion", activeVersion());
        return found;
    }

    /** A draft is edited by policy staff; what each of them may change is the service's decision on saving. */
    static boolean isEditable(PlatformUser user, RulesetVersion version) {
        return version.status() == RulesetStatus.DRAFT && user.role().isPolicyStaff();
    }

    /** The version in effect today, or {@code null} before any is. */
    Integer activeVersion() {
        try {
            ActiveRuleset active = versions.active();
            return active.version();
        } catch (NotFoundException none) {
            return null;
        }
    }
}
