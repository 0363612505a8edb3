/** Web: the /api/v1 controllers, Thymeleaf pages, security and error handling. Nothing depends on it. */
@org.springframework.modulith.ApplicationModule
package cn.henan.cjrh.web;
