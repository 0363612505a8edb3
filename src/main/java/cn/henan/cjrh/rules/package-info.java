/**
 * 规则 — eligibility findings and the incentive bundle (金融+财政+土地+信用) decided by Drools rulesets, their parameters
 * per jurisdiction and their test cases. {@link cn.henan.cjrh.rules.Assessor} is the entry point for other modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "application"})
package cn.henan.cjrh.rules;
