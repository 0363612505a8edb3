package cn.henan.cjrh.web.api;

import cn.henan.cjrh.application.ApplicationForm;
import cn.henan.cjrh.application.ApplicationStatus;
import cn.henan.cjrh.application.EvidenceFile;
import cn.henan.cjrh.application.HistoryEntry;
import cn.henan.cjrh.review.ReturnRecord;
import cn.henan.cjrh.rules.Assessment;
import java.time.Instant;
import java.util.List;

/** {@code GET /applications/{id}} (DESIGN.md §5): the application with its enterprise, form, evidence and history. */
record ApplicationView(
        long id,
        String number,
        long batchId,
        EnterpriseRef enterprise,
        ApplicationStatus status,
        int version,
        int dossierVersion,
        ApplicationForm form,
        Assessment assessment,
        List<EvidenceFile> evidence,
        List<HistoryEntry> history,
        List<ReturnRecord> returns,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt) {

    record EnterpriseRef(long id, String uscc, String name, String countyCode, String cityCode) {}
}
