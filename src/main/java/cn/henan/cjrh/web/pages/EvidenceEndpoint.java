package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.application.EvidenceFile;
import cn.henan.cjrh.application.EvidenceKind;
import cn.henan.cjrh.application.EvidenceService;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.UnsupportedContentException;
import cn.henan.cjrh.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence step's upload (an XMLHttpRequest, so the page can show progress) and removal. Limits and the accepted
 * types are the evidence service's: it answers 413 and 415 with the reason, which the page shows next to the control.
 * Also the reviewer's inline preview of a PDF or an image, to whoever may see the application.
 */
@RestController
class EvidenceEndpoint {
    private final EvidenceService evidence;
    private final MessageSource messages;
    private final PageFormat format;

    private final EvidencePreview preview;

    EvidenceEndpoint(EvidenceService evidence, MessageSource messages, PageFormat format, EvidencePreview preview) {
        this.evidence = evidence;
        this.messages = messages;
        this.format = format;
        this.preview = preview;
    }

    /**
     * The file shown in the page (a frame for a PDF, an image otherwise): {@code Content-Disposition: inline} with the
     * type detected at upload. The evidence service decides who may read it (404 otherwise); a type browsers cannot
     * show is 415, and the page offers its download instead.
     */
    @GetMapping("/applications/{id}/evidence/{evidenceId}/preview")
    void preview(
            @CurrentUser PlatformUser user,
            @PathVariable long id,
            @PathVariable long evidenceId,
            HttpServletResponse response) {
        evidence.download(user, id, evidenceId, file -> {
            if (!preview.isPreviewable(file.contentType())) {
                throw new UnsupportedContentException("preview.unavailable", file.fileName());
            }
            response.setContentType(file.contentType());
            response.setContentLengthLong(file.size());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline()
                            .filename(file.fileName(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            return response.getOutputStream();
        });
    }

    @PostMapping(path = "/app/applications/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Row> upload(
            @CurrentUser PlatformUser user,
            @PathVariable long id,
            @RequestParam("kind") EvidenceKind kind,
            @RequestParam("file") MultipartFile file,
            Locale locale) {
        var added = evidence.add(user, id, kind, file.getOriginalFilename(), file.getSize(), file);
        return ResponseEntity.status(HttpStatus.CREATED).body(row(id, added, locale));
    }

    @DeleteMapping("/app/applications/{id}/evidence/{evidenceId}")
    ResponseEntity<Void> remove(@CurrentUser PlatformUser user, @PathVariable long id, @PathVariable long evidenceId) {
        evidence.remove(user, id, evidenceId);
        return ResponseEntity.noContent().build();
    }

    private Row row(long applicationId, EvidenceFile file, Locale locale) {
        return new Row(
                file.id(),
                file.fileName(),
                file.kind(),
                messages.getMessage("application.evidence.kind." + file.kind().name(), null, locale),
                file.size(),
                format.fileSize(file.size()),
                format.dateTime(file.uploadedAt()),
                "/applications/" + applicationId + "/evidence/" + file.id());
    }

    /** One line of the evidence table, as the page adds it after an upload. */
    record Row(
            long id,
            String fileName,
            EvidenceKind kind,
            String kindLabel,
            long size,
            String sizeText,
            String uploadedAt,
            String downloadUrl) {}
}
