package cn.henan.cjrh.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API answers it: {@code {items, page, size, total}}, the first page being 0. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A request for one page, clamped to sane bounds. */
    public record Request(int page, int size) {
        public Request {
            page = Math.max(page, 0);
            size = Math.min(Math.max(size, 1), MAX_SIZE);
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
