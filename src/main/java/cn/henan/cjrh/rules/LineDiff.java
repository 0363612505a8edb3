package cn.henan.cjrh.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts in unified format (as {@code diff -u} prints it, three lines of context), with the changed
 * line ranges. The common head and tail are cut off first, so a small edit in a long file stays cheap; the middle is
 * compared by longest common subsequence, and replaced as a whole if it is too large to compare.
 */
final class LineDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000;

    private LineDiff() {}

    /** A run of changes: lines {@code fromLine…} (1-based) of the old text became lines {@code toLine…} of the new. */
    record Hunk(int fromLine, int fromCount, int toLine, int toCount) {}

    record Result(List<Hunk> hunks, int linesAdded, int linesRemoved, String unified) {}

    private enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line of the edit script, with its 0-based position in the old and the new text. */
    private record Edit(Kind kind, int from, int to, String line) {}

    static Result of(String fromName, String from, String toName, String to) {
        var a = lines(from);
        var b = lines(to);
        var edits = edits(a, b);
        var hunks = new ArrayList<Hunk>();
        var text = new StringBuilder();
        int added = 0;
        int removed = 0;
        for (var edit : edits) {
            if (edit.kind() == Kind.ADDED) {
                added++;
            } else if (edit.kind() == Kind.REMOVED) {
                removed++;
            }
        }
        if (added + removed == 0) {
            return new Result(List.of(), 0, 0, "");
        }
        text.append("--- ").append(fromName).append('\n');
        text.append("+++ ").append(toName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i; // exclusive; extend while changes are within 2 × context of each other
            int lastChange = i;
            while (end < edits.size()) {
                if (edits.get(end).kind() != Kind.SAME) {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            var hunk = hunk(edits.subList(start, end));
            hunks.add(hunk);
            text.append("@@ -")
                    .append(range(hunk.fromLine(), hunk.fromCount()))
                    .append(" +")
                    .append(range(hunk.toLine(), hunk.toCount()))
                    .append(" @@\n");
            for (var edit : edits.subList(start, end)) {
                text.append(
                                switch (edit.kind()) {
                                    case SAME -> ' ';
                                    case REMOVED -> '-';
                                    case ADDED -> '+';
                                })
                        .append(edit.line())
                        .append('\n');
            }
            i = end;
        }
        return new Result(List.copyOf(hunks), added, removed, text.toString());
    }

    private static Hunk hunk(List<Edit> edits) {
        int fromLine = -1;
        int toLine = -1;
        int fromCount = 0;
        int toCount = 0;
        for (var edit : edits) {
            if (edit.kind() != Kind.ADDED) {
                fromCount++;
                if (fromLine < 0) {
                    fromLine = edit.from() + 1;
                }
            }
            if (edit.kind() != Kind.REMOVED) {
                toCount++;
                if (toLine < 0) {
                    toLine = edit.to() + 1;
                }
            }
        }
        // diff -u names the line before an empty range
        var first = edits.get(0);
        return new Hunk(fromLine < 0 ? first.from() : fromLine, fromCount, toLine < 0 ? first.to() : toLine, toCount);
    }

    private static String range(int line, int count) {
        return count == 1 ? String.valueOf(line) : line + "," + count;
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head
                && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        var edits = new ArrayList<Edit>();
        for (int k = 0; k < head; k++) {
            edits.add(new Edit(Kind.SAME, k, k, a.get(k)));
        }
        edits.addAll(middle(a, b, head, a.size() - tail, b.size() - tail));
        for (int k = tail; k > 0; k--) {
            int from = a.size() - k;
            int to = b.size() - k;
            edits.add(new Edit(Kind.SAME, from, to, a.get(from)));
        }
        return edits;
    }

    /** The edit script of a[from..aEnd) against b[from..bEnd), by longest common subsequence. */
    private static List<Edit> middle(List<String> a, List<String> b, int from, int aEnd, int bEnd) {
        int n = aEnd - from;
        int m = bEnd - from;
        var edits = new ArrayList<Edit>();
        if ((long) n * m > MAX_CELLS) {
            for (int k = 0; k < n; k++) {
                edits.add(new Edit(Kind.REMOVED, from + k, from, a.get(from + k)));
            }
            for (int k = 0; k < m; k++) {
                edits.add(new Edit(Kind.ADDED, from + n, from + k, b.get(from + k)));
            }
            return edits;
        }
        var common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(from + i).equals(b.get(from + j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(from + i).equals(b.get(from + j))) {
                edits.add(new Edit(Kind.SAME, from + i, from + j, a.get(from + i)));
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                edits.add(new Edit(Kind.ADDED, from + i, from + j, b.get(from + j)));
                j++;
            } else {
                edits.add(new Edit(Kind.REMOVED, from + i, from + j, a.get(from + i)));
                i++;
            }
        }
        return edits;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the final line break ends the last line, it does not start a new one
        }
        return lines;
    }
}
