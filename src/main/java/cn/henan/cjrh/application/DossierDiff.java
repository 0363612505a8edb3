package cn.henan.cjrh.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What changed between two dossier versions: each changed form field with its old and new value (paths like
 * {@code participation.cooperations[0].peopleTrained}), and the evidence files added and removed.
 */
public record DossierDiff(
        int from,
        int to,
        List<FieldChange> changes,
        List<EvidenceFile> evidenceAdded,
        List<EvidenceFile> evidenceRemoved) {

    public record FieldChange(String field, JsonNode oldValue, JsonNode newValue) {}
}
