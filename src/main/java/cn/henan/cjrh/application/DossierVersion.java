package cn.henan.cjrh.application;

import java.time.Instant;
import java.util.List;

/** 申报材料版本 — what was submitted the n-th time: the form and the evidence list, frozen. */
public record DossierVersion(
        long applicationId,
        int number,
        ApplicationForm form,
        List<EvidenceFile> evidence,
        Instant frozenAt,
        String frozenBy) {}
