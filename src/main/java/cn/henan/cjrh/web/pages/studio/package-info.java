/**
 * 政策规则工作室 — the policy studio pages (DESIGN.md §6, docs/ui.md): ruleset versions, the DRL editor with compile
 * errors at their line, the parameter table, test cases, impact analysis and four-eyes approval. Every decision (what
 * may be edited, by whom, what is valid) is the rules module's ({@code RulesetAuthoring}, {@code ImpactAnalysis}); the
 * pages show its answers next to the field or file concerned.
 */
package cn.henan.cjrh.web.pages.studio;
