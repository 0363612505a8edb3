package cn.henan.cjrh.web.api;

import cn.henan.cjrh.directory.Objection;
import cn.henan.cjrh.directory.ObjectionRequest;
import cn.henan.cjrh.directory.ObjectionStatus;
import cn.henan.cjrh.directory.PublicityListing;
import cn.henan.cjrh.directory.PublicityService;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publicity")
class PublicityController {
    private final PublicityService publicity;
    private final Jurisdictions jurisdictions;

    PublicityController(PublicityService publicity, Jurisdictions jurisdictions) {
        this.publicity = publicity;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping
    @Operation(summary = "公示名单 — applications in publicity now, ending soonest first (public)")
    PublicityList list() {
        return new PublicityList(publicity.current().stream().map(this::view).toList());
    }

    @PostMapping("/{applicationId}/objections")
    @Operation(
            summary = "提出异议 — object to an application in publicity (public)",
            description =
                    "Name, a phone number or e-mail address, and a reason of at least 10 characters. 404 unless the "
                            + "application is in publicity now; 429 after too many objections from one address to one "
                            + "application within the configured period.")
    ResponseEntity<ObjectionReceipt> object(
            @PathVariable long applicationId, @Valid @RequestBody ObjectionRequest request, HttpServletRequest http) {
        var objection = publicity.raise(applicationId, request, http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(ObjectionReceipt.of(objection));
    }

    private PublicityView view(PublicityListing listing) {
        return new PublicityView(
                listing.applicationId(),
                listing.applicationNumber(),
                listing.enterpriseName(),
                listing.uscc(),
                listing.cityCode(),
                nameOf(listing.cityCode()),
                listing.countyCode(),
                nameOf(listing.countyCode()),
                listing.startsAt(),
                listing.endsAt());
    }

    private String nameOf(String code) {
        return jurisdictions.find(code).map(Jurisdiction::name).orElse(null);
    }

    record PublicityList(List<PublicityView> items) {}

    record PublicityView(
            long applicationId,
            String applicationNumber,
            String enterpriseName,
            String uscc,
            String cityCode,
            String cityName,
            String countyCode,
            String countyName,
            Instant startsAt,
            Instant endsAt) {}

    /** What the objector gets back: a reference, not their personal data. */
    record ObjectionReceipt(long id, long applicationId, ObjectionStatus status, Instant raisedAt) {
        static ObjectionReceipt of(Objection objection) {
            return new ObjectionReceipt(
                    objection.id(), objection.applicationId(), objection.status(), objection.raisedAt());
        }
    }
}
