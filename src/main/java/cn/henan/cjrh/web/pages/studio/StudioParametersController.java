package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.rules.ParameterCatalogue;
import cn.henan.cjrh.rules.RulesetAuthoring;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.ForbiddenException;
import cn.henan.cjrh.shared.InvalidInputException;
import cn.henan.cjrh.shared.StaleVersionException;
import cn.henan.cjrh.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 参数 ({@code /studio/versions/{v}/parameters}): the parameter table — key, jurisdiction, value, unit and source
 * (policy document and article) — editable in a draft. The whole list is saved with the save count the page read
 * ({@link RulesetAuthoring#replaceParameters}); every problem the service names ({@code parameters[3].value}) is shown
 * in that row next to that cell, and what was typed stays on the page. City policy staff are refused entries outside
 * their city by the service.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_EDITOR', 'POLICY_APPROVER')")
class StudioParametersController {
    private static final Pattern ENTRY_FIELD = Pattern.compile("parameters\\[(\\d+)]\\.(\\w+)");

    private final RulesetAuthoring authoring;
    private final StudioVersionModel versionModel;
    private final StudioMessages messages;
    private final Jurisdictions jurisdictions;

    StudioParametersController(
            RulesetAuthoring authoring,
            StudioVersionModel versionModel,
            StudioMessages messages,
            Jurisdictions jurisdictions) {
        this.authoring = authoring;
        this.versionModel = versionModel;
        this.messages = messages;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/studio/versions/{version}/parameters")
    String table(@CurrentUser PlatformUser user, @PathVariable int version, Model model) {
        var v = versionModel.fill(user, version, "parameters", model);
        fill(model, ParameterRows.of(authoring.parameters(version)), v.rowVersion(), Map.of(), List.of());
        return "studio/parameters";
    }

    @PostMapping("/studio/versions/{version}/parameters")
    String save(
            @CurrentUser PlatformUser user,
            @PathVariable int version,
            @RequestParam(required = false) Integer rowVersion,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var rows = ParameterRows.posted(request);
        var cellErrors = new HashMap<String, String>();
        var listErrors = new ArrayList<String>();
        Integer nextRowVersion = rowVersion;
        try {
            authoring.replaceParameters(user, version, rows.parameters(), rowVersion);
            redirect.addFlashAttribute("notice", "studio.parameters.saved");
            return "redirect:/studio/versions/" + version + "/parameters";
        } catch (InvalidInputException invalid) {
            messages.fieldErrors(invalid, locale).forEach((field, text) -> {
                var entry = ENTRY_FIELD.matcher(field);
                int row = entry.matches() ? rows.rowOf(Integer.parseInt(entry.group(1))) : -1;
                if (row >= 0) {
                    cellErrors.merge(row + "." + entry.group(2), text, (a, b) -> a + " " + b);
                } else {
                    listErrors.add(text);
                }
            });
            model.addAttribute(
                    "problem",
                    messages.text(
                            "studio.parameters.invalid",
                            locale,
                            invalid.fieldProblems().size()));
        } catch (StaleVersionException stale) {
            model.addAttribute("problem", messages.of(stale, locale));
            model.addAttribute("staleNotice", true);
            nextRowVersion = authoring.get(version).rowVersion(); // saving again now overwrites, as the notice says
        } catch (ConflictException | ForbiddenException refused) {
            model.addAttribute("problem", messages.of(refused, locale));
        }
        versionModel.fill(user, version, "parameters", model);
        fill(model, rows, nextRowVersion, cellErrors, listErrors);
        return "studio/parameters";
    }

    private void fill(
            Model model,
            ParameterRows rows,
            Integer rowVersion,
            Map<String, String> cellErrors,
            List<String> listErrors) {
        model.addAttribute("rows", rows.rows());
        model.addAttribute("rowVersion", rowVersion);
        model.addAttribute("cellErrors", cellErrors);
        model.addAttribute("listErrors", listErrors);
        model.addAttribute("keys", ParameterCatalogue.keys());
        var names = new HashMap<String, String>();
        rows.rows().forEach(row -> {
            if (row.jurisdictionCode() != null) {
                jurisdictions
                        .find(row.jurisdictionCode().strip())
                        .map(Jurisdiction::name)
                        .ifPresent(name -> names.put(row.jurisdictionCode(), name));
            }
        });
        model.addAttribute("jurisdictionNames", names);
    }
}
