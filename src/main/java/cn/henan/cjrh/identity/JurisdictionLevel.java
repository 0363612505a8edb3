package cn.henan.cjrh.identity;

/** Level of a jurisdiction: 省, 省辖市 (and 济源示范区), 县（市、区）. */
public enum JurisdictionLevel {
    PROVINCE,
    CITY,
    COUNTY
}
