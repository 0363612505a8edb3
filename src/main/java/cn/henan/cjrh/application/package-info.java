/** 申请 — applications (申报), batches (申报批次), dossier versions and evidence files (证明材料). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "enterprise"})
package cn.henan.cjrh.application;
