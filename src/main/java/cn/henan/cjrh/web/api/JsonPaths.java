package cn.henan.cjrh.web.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Turns a Jackson reference path into the field name clients use: {@code form.participation.cooperations[0].sinceYear}. */
final class JsonPaths {
    private JsonPaths() {}

    static String of(List<JsonMappingException.Reference> path) {
        var field = new StringBuilder();
        for (var reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
