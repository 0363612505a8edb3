package cn.henan.cjrh.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" is the Asia/Shanghai date everywhere (DESIGN.md §4); inject this clock instead of calling now(). */
@Configuration(proxyBeanMethods = false)
class PlatformClock {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(SHANGHAI);
    }

    /** @PastOrPresent and friends judge "today" by the same clock as the rest of the platform. */
    @Bean
    ValidationConfigurationCustomizer platformClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
