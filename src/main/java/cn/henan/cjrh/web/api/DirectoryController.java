package cn.henan.cjrh.web.api;

import cn.henan.cjrh.directory.DirectoryEntry;
import cn.henan.cjrh.directory.DirectoryLevel;
import cn.henan.cjrh.directory.DirectoryService;
import cn.henan.cjrh.identity.Jurisdiction;
import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/directory")
class DirectoryController {
    private final DirectoryService directory;
    private final Jurisdictions jurisdictions;

    DirectoryController(DirectoryService directory, Jurisdictions jurisdictions) {
        this.directory = directory;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping
    @Operation(
            summary = "认证目录 — certified enterprises, newest first (public)",
            description = "q matches the name anywhere or the start of the USCC; city limits to one city-level code "
                    + "(e.g. 411600). An unknown city or a q over 100 characters is 400.")
    Page<DirectoryView> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String city,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return directory.search(q, city, new Page.Request(page, size)).map(this::view);
    }

    private DirectoryView view(DirectoryEntry entry) {
        return new DirectoryView(
                entry.uscc(),
                entry.name(),
                entry.cityCode(),
                nameOf(entry.cityCode()),
                entry.countyCode(),
                nameOf(entry.countyCode()),
                entry.certifiedAt(),
                entry.applicationNumber(),
                entry.level(),
                entry.enterpriseId());
    }

    private String nameOf(String code) {
        return jurisdictions.find(code).map(Jurisdiction::name).orElse(null);
    }

    record DirectoryView(
            String uscc,
            String name,
            String cityCode,
            String cityName,
            String countyCode,
            String countyName,
            Instant certifiedAt,
            String applicationNumber,
            DirectoryLevel level,
            long enterpriseId) {}
}
