package cn.henan.cjrh.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param bcryptStrength log2 of the BCrypt rounds for new password hashes (each hash keeps its own cost, so lowering it
 *     for tests does not weaken stored production hashes)
 */
@Validated
@ConfigurationProperties("cjrh.identity")
public record IdentityProperties(@DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {}
