package cn.henan.cjrh.application;

import java.time.Instant;
import java.util.Map;

/** 办理记录 — one step of an application: who, when, what, with which dossier and ruleset version. */
public record HistoryEntry(
        Instant occurredAt,
        String actor,
        String actorRole,
        String action,
        ApplicationStatus fromStatus,
        ApplicationStatus toStatus,
        Integer dossierVersion,
        Integer rulesetVersion,
        String comment,
        Map<String, Object> details) {}
