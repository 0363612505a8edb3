package cn.henan.cjrh.web.api;

import cn.henan.cjrh.application.EvidenceFile;
import cn.henan.cjrh.application.EvidenceKind;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/applications/{applicationId}/evidence")
class EvidenceController {
    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "上传证明材料 — PDF, JPEG, PNG, OFD or XLSX (type read from the bytes); size limits give 413")
    ResponseEntity<Uploaded> upload(
            @CurrentUser PlatformUser user,
            @PathVariable long applicationId,
            @RequestParam("file") MultipartFile file,
            @RequestParam("kind") EvidenceKind kind) {
        var added = evidence.add(user, applicationId, kind, file.getOriginalFilename(), file.getSize(), file);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + applicationId + "/evidence/" + added.id()))
                .body(new Uploaded(
                        added.id(), added.kind(), added.fileName(), added.contentType(), added.size(), added.sha256()));
    }

    @GetMapping
    @Operation(summary = "证明材料列表 — the files in the working dossier")
    List<EvidenceFile> list(@CurrentUser PlatformUser user, @PathVariable long applicationId) {
        return evidence.list(user, applicationId);
    }

    @GetMapping("/{evidenceId}")
    @Operation(summary = "下载证明材料 — the file with its original name")
    void download(
            @CurrentUser PlatformUser user,
            @PathVariable long applicationId,
            @PathVariable long evidenceId,
            HttpServletResponse response) {
        evidence.download(user, applicationId, evidenceId, file -> {
            response.setContentType(file.contentType());
            response.setContentLengthLong(file.size());
            response.setHeader(HttpHeaders.ETAG, "\"" + file.sha256() + "\"");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(file.fileName(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            return response.getOutputStream();
        });
    }

    @DeleteMapping("/{evidenceId}")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "删除证明材料 — only while the application is DRAFT or RETURNED")
    ResponseEntity<Void> remove(
            @CurrentUser PlatformUser user, @PathVariable long applicationId, @PathVariable long evidenceId) {
        evidence.remove(user, applicationId, evidenceId);
        return ResponseEntity.noContent().build();
    }

    record Uploaded(long id, EvidenceKind kind, String fileName, String contentType, long size, String sha256) {}
}
