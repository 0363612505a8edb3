/** 审核 — reviewers' queues, claims and decisions (通过 / 退回修改 / 不予通过), scoped to their jurisdiction. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "workflow", "application", "rules", "directory"})
package cn.henan.cjrh.review;
