package cn.henan.cjrh.application;

/** 证明材料类别 — the kinds of evidence file (DESIGN.md §5); the UI shows {@code application.evidence.kind.*}. */
public enum EvidenceKind {
    /** 营业执照 */
    BUSINESS_LICENSE,
    /** 纳税证明 */
    TAX_CERTIFICATE,
    /** 信用报告 */
    CREDIT_REPORT,
    /** 校企合作协议 */
    COOPERATION_AGREEMENT,
    /** 学徒制试点文件 */
    APPRENTICESHIP_PILOT,
    /** 培训经费台账 */
    TRAINING_FUND_LEDGER,
    /** 三年规划 */
    THREE_YEAR_PLAN,
    /** 年度报告 */
    ANNUAL_REPORT,
    /** 其他 */
    OTHER
}
