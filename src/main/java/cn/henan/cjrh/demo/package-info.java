/** 演示数据 — the demo profile's users, enterprises and (later) applications; never active unless asked for. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "enterprise", "application", "review", "workflow"})
package cn.henan.cjrh.demo;
