package cn.henan.cjrh.rules;

import cn.henan.cjrh.application.ApplicationForm;
import java.time.LocalDate;

/**
 * What to assess.
 *
 * @param jurisdictionCode the enterprise's county (or any Henan code for a what-if); {@code null} means province-wide
 * @param asOf the assessment date; {@code null} means today in Asia/Shanghai
 */
public record AssessmentRequest(ApplicationForm form, String jurisdictionCode, LocalDate asOf) {

    public AssessmentRequest {
        form = form == null ? ApplicationForm.empty() : form;
    }
}
