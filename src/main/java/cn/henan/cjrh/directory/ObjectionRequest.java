package cn.henan.cjrh.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 异议 — what a member of the public gives to object: who they are (a person or an organisation, 实名), how to reach
 * them (a phone number or an e-mail address) and why. Values are stripped before they are checked.
 */
public record ObjectionRequest(
        @NotBlank(message = "{directory.objection.name.required}")
                @Size(max = 50, message = "{directory.objection.name.size}")
                String name,
        @NotBlank(message = "{directory.objection.contact.required}")
                @Size(max = 100, message = "{directory.objection.contact.size}")
                @Pattern(regexp = CONTACT, message = "{directory.objection.contact.format}")
                String contact,
        @NotBlank(message = "{directory.objection.reason.required}")
                @Size(min = 10, max = 2000, message = "{directory.objection.reason.size}")
                String reason) {

    /**
     * A mainland mobile number (optionally +86), a landline with area code and optional extension, or an e-mail
     * address.
     */
    static final String CONTACT = "(?:\\+?86[- ]?)?1[3-9]\\d{9}"
            + "|0\\d{2,3}[- ]?\\d{7,8}(?:-\\d{1,6})?"
            + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";

    public ObjectionRequest {
        name = strip(name);
        contact = strip(contact);
        reason = strip(reason);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    @Override
    public String toString() { // personal data stays out of logs
        return "ObjectionRequest[reason length=" + (reason == null ? 0 : reason.length()) + "]";
    }
}
