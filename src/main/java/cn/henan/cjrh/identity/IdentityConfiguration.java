package cn.henan.cjrh.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties settings) {
        return new BCryptPasswordEncoder(settings.bcryptStrength());
    }
}
