/**
 * 公示与认证目录 — the publicity (公示) of approved applications with the public's objections (异议), and the directory
 * of certified enterprises (认证目录). The certification workflow drives it; the public reads it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "application", "enterprise"})
package cn.henan.cjrh.directory;
