package cn.henan.cjrh.rules;

import cn.henan.cjrh.identity.Actor;
import java.util.List;

/**
 * A draft's content was changed: one DRL file saved or deleted, or its parameters or test cases replaced.
 *
 * @param path the DRL file, for {@link Change#FILE_SAVED} and {@link Change#FILE_DELETED}
 * @param sha256 the file's new SHA-256, for {@link Change#FILE_SAVED}
 * @param changes what changed, one line each (parameters: {@code key@code: old → new}; tests: added/removed names)
 * @param rowVersion the draft's save count after the change
 */
public record RulesetDraftChanged(
        int version, Change change, String path, String sha256, List<String> changes, int rowVersion, Actor by) {

    public RulesetDraftChanged {
        changes = List.copyOf(changes);
    }

    public enum Change {
        FILE_SAVED,
        FILE_DELETED,
        PARAMETERS_REPLACED,
        TESTS_REPLACED
    }
}
