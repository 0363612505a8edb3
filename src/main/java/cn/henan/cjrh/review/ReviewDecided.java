package cn.henan.cjrh.review;

import cn.henan.cjrh.identity.Actor;
import java.util.List;

/** A reviewer decided: who, on which step, with which dossier and ruleset version and which unmet clauses. */
public record ReviewDecided(
        long applicationId,
        String taskId,
        String step,
        Outcome outcome,
        String comment,
        int dossierVersion,
        Integer rulesetVersion,
        List<String> unmetClauses,
        Actor actor) {}
