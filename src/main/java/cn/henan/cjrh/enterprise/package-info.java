/** 企业 — enterprises and their registration (统一社会信用代码, county, first user). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package cn.henan.cjrh.enterprise;
