package cn.henan.cjrh.directory;

/** Where an objection (异议) stands: open until the province checks it (异议核查). */
public enum ObjectionStatus {
    /** 待核查 */
    OPEN,
    /** 异议成立 */
    UPHELD,
    /** 异议不成立 */
    DISMISSED
}
