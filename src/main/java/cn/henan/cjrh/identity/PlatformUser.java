package cn.henan.cjrh.identity;

/**
 * The signed-in user as every module sees it: one role, one jurisdiction and, for an enterprise user, its enterprise.
 */
public record PlatformUser(
        long id, String username, String displayName, Role role, String jurisdictionCode, Long enterpriseId) {

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isEnterpriseOf(long enterpriseIdToCheck) {
        return role == Role.ENTERPRISE && enterpriseId != null && enterpriseId == enterpriseIdToCheck;
    }
}
