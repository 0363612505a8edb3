package cn.henan.cjrh.rules;

/** Where a ruleset version is in its life (DESIGN.md §4): only drafts are edited, only published versions decide. */
public enum RulesetStatus {
    /** 草稿: being edited by policy staff. */
    DRAFT,
    /** 待审批: submitted by an editor, waiting for an approver who is not the submitter. */
    PENDING_APPROVAL,
    /** 已发布: decides assessments dated on or after its {@code effectiveFrom}. */
    PUBLISHED,
    /** 已停用: no longer decides new assessments; kept so past decisions can be replayed. */
    RETIRED
}
