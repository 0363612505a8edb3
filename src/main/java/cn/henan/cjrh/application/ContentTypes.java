package cn.henan.cjrh.application;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Decides what a file is from its bytes, never from its name or the client's header: PDF, JPEG and PNG by their magic
 * numbers (Apache Tika); XLSX and OFD (GB/T 33190, the Chinese fixed-layout format) are ZIP containers told apart by
 * their entries.
 */
@Component
class ContentTypes {
    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String OFD = "application/ofd";
    static final Set<String> ACCEPTED = Set.of(PDF, JPEG, PNG, XLSX, OFD);
    private static final Set<String> ZIP_FAMILY = Set.of("application/zip", "application/x-tika-ooxml");

    private final Tika tika = new Tika();

    /** The accepted type of the content, or empty (with what Tika saw) if it is none of the accepted ones. */
    Detection detect(InputStreamSource content) throws IOException {
        String magic;
        try (InputStream in = new BufferedInputStream(content.getInputStream())) {
            magic = tika.detect(in);
        }
        if (ZIP_FAMILY.contains(magic)) {
            return new Detection(zipContainerType(content), magic);
        }
        return new Detection(ACCEPTED.contains(magic) ? Optional.of(magic) : Optional.empty(), magic);
    }

    /** Streams through the ZIP's entry names (no unpacking into memory). */
    private static Optional<String> zipContainerType(InputStreamSource content) throws IOException {
        boolean contentTypes = false, workbook = false;
        try (var zip = new ZipInputStream(new BufferedInputStream(content.getInputStream()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var name = entry.getName();
                if (name.equals("OFD.xml")) {
                    return Optional.of(OFD);
                }
                contentTypes |= name.equals("[Content_Types].xml");
                workbook |= name.equals("xl/workbook.xml");
            }
        } catch (IOException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return contentTypes && workbook ? Optional.of(XLSX) : Optional.empty();
    }

    record Detection(Optional<String> accepted, String seen) {}
}
