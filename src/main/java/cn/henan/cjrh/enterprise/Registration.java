package cn.henan.cjrh.enterprise;

import cn.henan.cjrh.shared.validation.ValidUscc;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 企业注册 — what an enterprise gives to register itself and its first user. */
public record Registration(
        @NotBlank(message = "{enterprise.registration.uscc.required}") @ValidUscc String uscc,
        @NotBlank(message = "{enterprise.registration.name.required}")
                @Size(max = 200, message = "{enterprise.registration.name.size}")
                String name,
        @NotBlank(message = "{enterprise.registration.county-code.required}")
                @Pattern(regexp = "\\d{6}", message = "{enterprise.registration.county-code.format}")
                String countyCode,
        @NotBlank(message = "{enterprise.registration.legal-representative.required}")
                @Size(max = 100, message = "{enterprise.registration.legal-representative.size}")
                String legalRepresentative,
        @NotBlank(message = "{enterprise.registration.contact-name.required}")
                @Size(max = 100, message = "{enterprise.registration.contact-name.size}")
                String contactName,
        @NotBlank(message = "{enterprise.registration.contact-phone.required}")
                @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "{enterprise.registration.contact-phone.format}")
                String contactPhone,
        @NotBlank(message = "{enterprise.registration.username.required}")
                @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{enterprise.registration.username.format}")
                String username,
        @NotBlank(message = "{enterprise.registration.password.required}") String password) {

    @Override
    public String toString() { // never log the password
        return "Registration[uscc=" + uscc + ", name=" + name + ", countyCode=" + countyCode + ", username=" + username
                + "]";
    }
}
