package cn.henan.cjrh.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** The form as stored (JSONB text) and as compared (a JSON tree), with the platform's own JSON settings. */
@Component
public class FormJson {
    private final ObjectMapper json;

    FormJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON", e);
        }
    }

    public ApplicationForm readForm(String stored) {
        try {
            return json.readValue(stored, ApplicationForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored form is unreadable", e);
        }
    }

    public JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    public JsonNode readTree(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    public <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
