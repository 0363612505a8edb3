package cn.henan.cjrh.directory;

/**
 * Someone objected to an application in publicity. Published synchronously in the objection's transaction: the
 * workflow correlates its message (an objection check task for the province) and the audit records it, or nothing is
 * stored.
 */
public record ObjectionRaised(long applicationId, String applicationNumber, long objectionId) {}
