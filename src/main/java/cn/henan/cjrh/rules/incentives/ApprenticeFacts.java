package cn.henan.cjrh.rules.incentives;

import cn.henan.cjrh.application.ApplicationForm.Apprentices;

/** 企业新型学徒制 apprentices in training this year, by target grade; present only when the form gives a count. */
public final class ApprenticeFacts {
    private final int intermediate;
    private final int advanced;

    public ApprenticeFacts(Apprentices apprentices) {
        this.intermediate = apprentices.intermediate() == null ? 0 : apprentices.intermediate();
        this.advanced = apprentices.advanced() == null ? 0 : apprentices.advanced();
    }

    /** 中级工 apprentices. */
    public int getIntermediate() {
        return intermediate;
    }

    /** 高级工 apprentices. */
    public int getAdvanced() {
        return advanced;
    }
}
