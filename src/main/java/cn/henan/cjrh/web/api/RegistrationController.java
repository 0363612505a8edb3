package cn.henan.cjrh.web.api;

import cn.henan.cjrh.enterprise.Registration;
import cn.henan.cjrh.enterprise.RegistrationService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registrations")
class RegistrationController {
    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    @Operation(summary = "企业注册 — register an enterprise and its first user")
    ResponseEntity<Registered> register(@Valid @RequestBody Registration registration) {
        var registered = registrations.register(registration);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + registered.enterpriseId()))
                .body(new Registered(registered.enterpriseId(), registered.username()));
    }

    record Registered(long enterpriseId, String username) {}
}
