/** 审计 — the append-only record of every state change: who, role, jurisdiction, when, what, details. */
@org.springframework.modulith.ApplicationModule
package cn.henan.cjrh.audit;
