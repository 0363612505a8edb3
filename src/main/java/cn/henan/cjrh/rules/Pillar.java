package cn.henan.cjrh.rules;

/** The four pillars of the 组合式激励 bundle: 金融, 财政, 土地, 信用. */
public enum Pillar {
    FINANCE,
    FISCAL,
    LAND,
    CREDIT
}
