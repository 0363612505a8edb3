package cn.henan.cjrh.application;

/** Where an application stands (DESIGN.md §3); the UI shows the Chinese label of {@code application.status.*}. */
public enum ApplicationStatus {
    /** 草稿 */
    DRAFT,
    /** 退回修改 */
    RETURNED,
    /** 县级初审 */
    COUNTY_REVIEW,
    /** 市级复核 */
    MUNICIPAL_REVIEW,
    /** 省级审核 */
    PROVINCIAL_REVIEW,
    /** 公示中 */
    PUBLICITY,
    /** 已认证 */
    CERTIFIED,
    /** 未通过 */
    REJECTED,
    /** 已撤回 */
    WITHDRAWN,
    /** 已撤销 */
    REVOKED;

    /** The enterprise may change the form and evidence only while it holds the application. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Rejected and withdrawn applications no longer block a new one in the same batch. */
    public boolean blocksNewApplication() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
