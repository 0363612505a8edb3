/**
 * 激励政策 — the incentive bundle (金融+财政+土地+信用) granted to a certified enterprise, stored as the ruleset version
 * that decided it computed it, and shown to the enterprise and its reviewers.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "rules", "application", "enterprise"})
package cn.henan.cjrh.incentives;
