package cn.henan.cjrh.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for API tests: sends JSON as a given user (HTTP Basic) or anonymously, never throws on 4xx/5xx,
 * and hands back status, headers and the parsed body.
 */
public final class ApiClient {
    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> headers;

    public ApiClient(String baseUrl) {
        this(baseUrl, Map.of());
    }

    private ApiClient(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ApiClient as(String username, String password) {
        var token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return with("Authorization", "Basic " + token);
    }

    public ApiClient with(String header, String value) {
        var copy = new LinkedHashMap<>(headers);
        copy.put(header, value);
        return new ApiClient(baseUrl, copy);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            return body instanceof String raw
                    ? HttpRequest.BodyPublishers.ofString(raw)
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer: status, headers and the body, parsed as JSON when it is JSON. */
    public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The message of the field error for {@code field}, or null. */
        public String fieldError(String field) {
            for (var error : json().path("errors")) {
                if (field.equals(error.path("field").asText())) {
                    return error.path("message").asText();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
