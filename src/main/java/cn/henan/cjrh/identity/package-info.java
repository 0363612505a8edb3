/** 身份与行政区划 — users, roles, Henan's jurisdictions (GB/T 2260, 省直管县) and the candidate groups they give. */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {"shared"})
package cn.henan.cjrh.identity;
