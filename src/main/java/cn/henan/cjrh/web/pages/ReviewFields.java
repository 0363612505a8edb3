package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.ApplicationForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The fields a reviewer can comment on, for the decision form's field picker: every field of the form's sections
 * (and each repeatable list as a whole), named by its form path as the wizard names it, with the wizard's label.
 */
final class ReviewFields {
    private ReviewFields() {}

    static List<Choice> choices(MessageSource messages, Locale locale) {
        var out = new ArrayList<Choice>();
        for (var section : ApplicationForm.class.getRecordComponents()) {
            if (!section.getType().isRecord()) {
                add(out, section.getName(), messages, locale);
                continue;
            }
            for (var field : section.getType().getRecordComponents()) {
                add(out, section.getName() + "." + field.getName(), messages, locale);
            }
        }
        return out;
    }

    private static void add(List<Choice> out, String path, MessageSource messages, Locale locale) {
        var label = messages.getMessage("web.form." + path, null, null, locale);
        if (label != null) {
            out.add(new Choice(path, label));
        }
    }

    record Choice(String path, String label) {}
}
