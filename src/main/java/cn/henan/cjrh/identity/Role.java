package cn.henan.cjrh.identity;

/** The one role a user has (DESIGN.md §1). */
public enum Role {
    /** 企业申报人 */
    ENTERPRISE,
    /** 县级初审 */
    COUNTY_REVIEWER,
    /** 市级复核/推荐 */
    CITY_REVIEWER,
    /** 省级联审/推荐 */
    PROVINCE_REVIEWER,
    /** 政策制定 */
    POLICY_EDITOR,
    /** 政策审批 */
    POLICY_APPROVER,
    /** 平台运维 */
    ADMIN;

    public boolean isReviewer() {
        return this == COUNTY_REVIEWER || this == CITY_REVIEWER || this == PROVINCE_REVIEWER;
    }

    public boolean isPolicyStaff() {
        return this == POLICY_EDITOR || this == POLICY_APPROVER;
    }
}
