package cn.henan.cjrh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** 产教融合型企业认证平台 — the certification platform for industry-education-integration enterprises in Henan. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = {"shared", "identity"})
public class CertificationPlatform {

    public static void main(String[] args) {
        SpringApplication.run(CertificationPlatform.class, args);
    }
}
