package cn.henan.cjrh.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.support.ApiClient;
import cn.henan.cjrh.support.Fixtures;
import cn.henan.cjrh.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EvidenceApiIT extends IntegrationTest {
    @Autowired
    EvidenceService evidence;

    @Autowired
    DossierVersions versions;

    @Test
    void upload_thenDownload_returnsTheSameBytesUnderTheOriginalName() throws Exception {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);
        var bytes = pdf(150_000);

        var uploaded = upload(client, draft.id(), "COOPERATION_AGREEMENT", "校企合作协议（2025）.pdf", bytes);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().path("sha256").asText()).isEqualTo(sha256(bytes));
        assertThat(uploaded.json().path("size").asLong()).isEqualTo(bytes.length);
        assertThat(uploaded.json().path("fileName").asText()).isEqualTo("校企合作协议（2025）.pdf");
        versions.freeze(draft.id(), cn.henan.cjrh.identity.Actor.of(draft.user())); // submitted: reviewers may look
        var reviewer = api.as(given.staff(Role.CITY_REVIEWER, "411600").username(), Fixtures.PASSWORD);
        var download = reviewer.get("/api/v1/applications/" + draft.id() + "/evidence/"
                + uploaded.json().path("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(sha256(download.bytes())).isEqualTo(sha256(bytes));
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("filename*=UTF-8''%E6%A0%A1%E4%BC%81");
    }

    @Test
    void upload_acceptsTheFiveFormatsByTheirBytes() {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);

        assertThat(upload(client, draft.id(), "OTHER", "a.jpg", jpeg())
                        .json()
                        .path("contentType")
                        .asText())
                .isEqualTo("image/jpeg");
        assertThat(upload(client, draft.id(), "OTHER", "a.png", png())
                        .json()
                        .path("contentType")
                        .asText())
                .isEqualTo("image/png");
        assertThat(upload(client, draft.id(), "OTHER", "a.ofd", zip("OFD.xml", "Doc_0/Document.xml"))
                        .json()
                        .path("contentType")
                        .asText())
                .isEqualTo("application/ofd");
        assertThat(upload(
                                client,
                                draft.id(),
                                "TRAINING_FUND_LEDGER",
                                "台账.xlsx",
                                zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"))
                        .json()
                        .path("contentType")
                        .asText())
                .isEqualTo(ContentTypes.XLSX);
    }

    @Test
    void upload_forbiddenType_isUnsupportedMediaTypeAndStoresNothing() {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);

        var text = upload(
                client, draft.id(), "OTHER", "readme.pdf", "just text, named .pdf".getBytes(StandardCharsets.UTF_8));
        var plainZip = upload(client, draft.id(), "OTHER", "archive.xlsx", zip("notes.txt"));
        var exe = upload(client, draft.id(), "OTHER", "setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        for (var refused : new ApiClient.Response[] {text, plainZip, exe}) {
            assertThat(refused.status()).isEqualTo(415);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asText()).contains("PDF、JPEG、PNG、OFD 或 XLSX");
        }
        assertThat(client.get("/api/v1/applications/" + draft.id() + "/evidence")
                        .json())
                .isEmpty();
    }

    @Test
    void upload_overTheFileLimit_isPayloadTooLargeAndStoresNothing() {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);

        var response = upload(client, draft.id(), "OTHER", "big.pdf", pdf(2 * 1024 * 1024 + 1)); // limit: 2 MB in tests

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).contains("超过单个文件 2.0 MB 的上限");
        assertThat(client.get("/api/v1/applications/" + draft.id() + "/evidence")
                        .json())
                .isEmpty();
    }

    @Test
    void upload_overTheApplicationTotal_isPayloadTooLarge() {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);
        for (int i = 0; i < 2; i++) {
            assertThat(upload(client, draft.id(), "OTHER", "part" + i + ".pdf", pdf(2_000_000))
                            .status())
                    .isEqualTo(201);
        }

        var third = upload(client, draft.id(), "OTHER", "part3.pdf", pdf(1_500_000)); // 4 + 1.5 > 5 MB in tests

        assertThat(third.status()).isEqualTo(413);
        assertThat(third.json().path("detail").asText()).contains("5.0 MB 的上限");
        assertThat(client.get("/api/v1/applications/" + draft.id() + "/evidence")
                        .json())
                .hasSize(2);
    }

    @Test
    void upload_unknownKind_isBadRequest() {
        var draft = given.draftApplication("411602", null);

        var response = upload(
                api.as(draft.enterprise().username(), Fixtures.PASSWORD), draft.id(), "SELFIE", "a.pdf", pdf(100));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void evidence_ofAnotherCounty_isNotFound() {
        var draft = given.draftApplication("411602", null);
        var uploaded = upload(
                api.as(draft.enterprise().username(), Fixtures.PASSWORD), draft.id(), "OTHER", "a.pdf", pdf(100));
        versions.freeze(draft.id(), cn.henan.cjrh.identity.Actor.of(draft.user()));
        var outsider = api.as(given.staff(Role.COUNTY_REVIEWER, "411621").username(), Fixtures.PASSWORD);

        var response = outsider.get("/api/v1/applications/" + draft.id() + "/evidence/"
                + uploaded.json().path("id").asLong());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void remove_inDraft_takesTheFileOut() {
        var draft = given.draftApplication("411602", null);
        var client = api.as(draft.enterprise().username(), Fixtures.PASSWORD);
        var uploaded = upload(client, draft.id(), "OTHER", "a.pdf", pdf(100));

        var removed = client.delete("/api/v1/applications/" + draft.id() + "/evidence/"
                + uploaded.json().path("id").asLong());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(client.get("/api/v1/applications/" + draft.id() + "/evidence")
                        .json())
                .isEmpty();
        assertThat(client.get("/api/v1/applications/" + draft.id() + "/evidence/"
                                + uploaded.json().path("id").asLong())
                        .status())
                .as("a file never submitted is deleted with its bytes")
                .isEqualTo(404);
    }

    static ApiClient.Response upload(ApiClient client, long applicationId, String kind, String fileName, byte[] bytes) {
        var boundary = "----cjrh" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return client.send(client.request("/api/v1/applications/" + applicationId + "/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A PDF-looking file of the given size (a real PDF header; Tika reads the magic number). */
    static byte[] pdf(int size) {
        var bytes = new byte[size];
        var header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        for (int i = header.length; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    static byte[] jpeg() {
        return new byte[] {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1
        };
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    static byte[] zip(String... entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<x>" + entry + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
