/** Shared kernel: value types (USCC, money), the platform's exceptions and clock. An open module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.henan.cjrh.shared;
