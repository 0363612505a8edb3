package cn.henan.cjrh.review;

/**
 * A reviewer's decision: 通过, 退回修改, 不予通过. On an objection check (异议核查) APPROVE dismisses the objection, RETURN
 * upholds it and sends the application back to provincial review, REJECT upholds it and rejects the application.
 */
public enum Outcome {
    APPROVE,
    RETURN,
    REJECT
}
