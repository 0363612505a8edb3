package cn.henan.cjrh.rules.runtime;

/** DRL source with comments and string literals blanked out, keeping every line and column where it was. */
public final class DrlText {

    private DrlText() {}

    /** Comments and the contents of "…" and '…' literals become spaces; line breaks stay. */
    public static String codeOnly(String source) {
        var out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(source, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = closingQuote(source, i);
                out.append(c);
                blank(source, i + 1, end - 1, out);
                if (end - 1 > i) {
                    out.append(source.charAt(end - 1));
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** 1-based line of a position. */
    static int lineOf(String source, int index) {
        int line = 1;
        for (int i = 0; i < index && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of a position. */
    static int columnOf(String source, int index) {
        int lineStart = source.lastIndexOf('\n', index - 1);
        return index - lineStart;
    }

    private static int closingQuote(String source, int open) {
        char quote = source.charAt(open);
        int i = open + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return source.length();
    }

    private static void blank(String source, int from, int to, StringBuilder out) {
        for (int i = from; i < to && i < source.length(); i++) {
            out.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
