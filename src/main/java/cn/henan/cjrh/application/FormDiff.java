package cn.henan.cjrh.application;

import cn.henan.cjrh.application.DossierDiff.FieldChange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Compares two forms as JSON trees, leaf by leaf; a missing field and a null one are the same. */
final class FormDiff {
    private static final JsonNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();
    private static final JsonNode EMPTY_ARRAY = JsonNodeFactory.instance.arrayNode();

    private FormDiff() {}

    static List<FieldChange> between(JsonNode before, JsonNode after) {
        var changes = new ArrayList<FieldChange>();
        compare("", normalise(before), normalise(after), changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<FieldChange> changes) {
        // a section filled in for the first time reports its leaves, not one change of the whole section
        if (before.isNull() && (after.isObject() || after.isArray())) {
            before = after.isObject() ? EMPTY_OBJECT : EMPTY_ARRAY;
        } else if (after.isNull() && (before.isObject() || before.isArray())) {
            after = before.isObject() ? EMPTY_OBJECT : EMPTY_ARRAY;
        }
        if (before.isObject() && after.isObject()) {
            var names = new TreeSet<String>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (var name : names) {
                compare(
                        path.isEmpty() ? name : path + "." + name,
                        normalise(before.get(name)),
                        normalise(after.get(name)),
                        changes);
            }
        } else if (before.isArray() && after.isArray()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "[" + i + "]", normalise(before.get(i)), normalise(after.get(i)), changes);
            }
        } else if (!sameValue(before, after)) {
            changes.add(new FieldChange(path, before, after));
        }
    }

    /** 1200 and 1200.00 are the same amount. */
    private static boolean sameValue(JsonNode before, JsonNode after) {
        if (before.isNumber() && after.isNumber()) {
            return before.decimalValue().compareTo(after.decimalValue()) == 0;
        }
        return before.equals(after);
    }

    private static JsonNode normalise(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }
}
