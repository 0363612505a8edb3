package cn.henan.cjrh.web.pages;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which evidence types a browser shows inline (templates: {@code ${@evidencePreview.kindOf(type)}}): PDF in a frame,
 * PNG and JPEG as images. OFD, XLSX and the rest need their own software, so the page offers the download instead.
 * The type is the one the evidence service detected from the bytes at upload, never the client's word.
 */
@Component("evidencePreview")
public class EvidencePreview {
    static final Set<String> IMAGES = Set.of("image/png", "image/jpeg");
    static final String PDF = "application/pdf";

    /** {@code pdf}, {@code image} or {@code none}. */
    public String kindOf(String contentType) {
        if (PDF.equals(contentType)) {
            return "pdf";
        }
        return IMAGES.contains(contentType) ? "image" : "none";
    }

    public boolean isPreviewable(String contentType) {
        return !"none".equals(kindOf(contentType));
    }
}
