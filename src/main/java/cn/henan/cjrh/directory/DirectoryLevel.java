package cn.henan.cjrh.directory;

/** The tier of a directory entry (DOMAIN.md §6.2): the platform certifies at provincial level. */
public enum DirectoryLevel {
    /** 省级 */
    PROVINCIAL,
    /** 国家级 — recorded when the national tier is granted, never decided by the platform */
    NATIONAL
}
