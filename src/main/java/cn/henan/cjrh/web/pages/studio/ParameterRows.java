package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.rules.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter table as the page shows and posts it: one row per entry, every cell as typed. Rows left completely
 * empty are not sent to the service; {@link #rowOf} maps the service's entry index ({@code parameters[3].value}) back to
 * the row on the page, so its message lands next to the cell the user typed.
 */
record ParameterRows(List<Row> rows) {

    /** One entry as text: what the user typed, or what is stored. */
    record Row(String key, String jurisdictionCode, String value, String unit, String source) {
        boolean isEmpty() {
            return blank(key) && blank(jurisdictionCode) && blank(value) && blank(unit) && blank(source);
        }
    }

    static ParameterRows of(List<Parameter> parameters) {
        return new ParameterRows(parameters.stream()
                .map(p -> new Row(p.getKey(), p.getJurisdictionCode(), p.getTextValue(), p.getUnit(), p.getSource()))
                .toList());
    }

    /** The posted cells ({@code key}, {@code jurisdictionCode}, {@code value}, {@code unit}, {@code source}), in order. */
    static ParameterRows posted(HttpServletRequest request) {
        var keys = values(request, "key");
        var codes = values(request, "jurisdictionCode");
        var values = values(request, "value");
        var units = values(request, "unit");
        var sources = values(request, "source");
        int n = Math.max(
                keys.length, Math.max(codes.length, Math.max(values.length, Math.max(units.length, sources.length))));
        var rows = new ArrayList<Row>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(at(keys, i), at(codes, i), at(values, i), at(units, i), at(sources, i)));
        }
        return new ParameterRows(List.copyOf(rows));
    }

    /** The entries for the service: empty rows left out, numbers as numbers, anything else as text for it to judge. */
    List<Parameter> parameters() {
        return rows.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new Parameter(
                        trimmed(row.key()) == null ? "" : trimmed(row.key()),
                        trimmed(row.jurisdictionCode()),
                        value(row.value()),
                        trimmed(row.unit()),
                        trimmed(row.source())))
                .toList();
    }

    /** The page row of the service's entry {@code index}, or -1. */
    int rowOf(int index) {
        int entry = -1;
        for (int row = 0; row < rows.size(); row++) {
            if (!rows.get(row).isEmpty() && ++entry == index) {
                return row;
            }
        }
        return -1;
    }

    /** A number when it reads as one (full-width digits and thousands separators from a Chinese IME allowed). */
    static Object value(String typed) {
        var text = trimmed(typed);
        if (text == null) {
            return null;
        }
        var normalised = normaliseDigits(text);
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    static String normaliseDigits(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) (c - '\uFF10' + '0'));
            } else if (c == '\uFF0E') {
                out.append('.');
            } else if (c == '\uFF0D') {
                out.append('-');
            } else if (c != ',' && c != '\uFF0C' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String[] values(HttpServletRequest request, String name) {
        var values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : null;
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
