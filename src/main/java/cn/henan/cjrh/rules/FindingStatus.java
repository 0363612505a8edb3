package cn.henan.cjrh.rules;

/** Outcome of one clause for one enterprise. */
public enum FindingStatus {
    MET,
    NOT_MET,
    /** The clause covers only some firms or some jurisdictions, and not this one. */
    NOT_APPLICABLE
}
