package cn.henan.cjrh.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The saved application form as the templates read it: values by their JSON path ({@code basic.industry}), the same
 * paths the wizard's fields carry, so what is shown is exactly what the API stores.
 */
public final class FormValues {
    private final JsonNode node;

    FormValues(JsonNode node) {
        this.node = node == null ? MissingNode.getInstance() : node;
    }

    /** The value as text ({@code ""} when empty); numbers keep their stored form ({@code 96000000.00}). */
    public String text(String path) {
        var value = at(path);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }

    public boolean isEmpty(String path) {
        return text(path).isEmpty();
    }

    /** {@code "true"}, {@code "false"} or {@code ""} for a yes/no field. */
    public String yesNo(String path) {
        var value = at(path);
        return value.isBoolean() ? String.valueOf(value.booleanValue()) : "";
    }

    /** The rows of a repeatable list ({@code participation.cooperations}), each readable by its own field names. */
    public List<FormValues> rows(String path) {
        var list = at(path);
        var rows = new ArrayList<FormValues>();
        if (list.isArray()) {
            list.forEach(row -> rows.add(new FormValues(row)));
        }
        return rows;
    }

    private JsonNode at(String path) {
        var current = node;
        for (var part : path.split("\\.")) {
            current = current.path(part);
        }
        return current;
    }
}
