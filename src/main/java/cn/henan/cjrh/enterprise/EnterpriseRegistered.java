package cn.henan.cjrh.enterprise;

/** An enterprise and its first user were created. */
public record EnterpriseRegistered(long enterpriseId, String uscc, String name, String countyCode, String username) {}
