package cn.henan.cjrh.workflow;

/**
 * Narrows a queue: by step ({@code COUNTY_REVIEW} …), to overdue tasks, to the caller's own claims.
 *
 * @param assignee only tasks claimed by this user, when not null
 */
public record TaskFilter(String step, boolean overdueOnly, String assignee) {
    public static final TaskFilter NONE = new TaskFilter(null, false, null);
}
