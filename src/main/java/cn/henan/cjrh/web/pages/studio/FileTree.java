package cn.henan.cjrh.web.pages.studio;

import cn.henan.cjrh.rules.RulesetFileEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A version's DRL files by folder ({@code eligibility}, {@code incentives}, …), for the editor's file tree. */
record FileTree(List<Folder> folders) {

    /** One folder and its files, each shown by its name. */
    record Folder(String path, List<File> files) {}

    record File(String path, String name, long size) {}

    static FileTree of(List<RulesetFileEntry> entries) {
        Map<String, List<File>> byFolder = new TreeMap<>();
        for (var entry : entries) {
            var path = entry.path();
            int slash = path.lastIndexOf('/');
            var folder = slash < 0 ? "" : path.substring(0, slash);
            byFolder.computeIfAbsent(folder, f -> new ArrayList<>())
                    .add(new File(path, path.substring(slash + 1), entry.size()));
        }
        var folders = new ArrayList<Folder>();
        byFolder.forEach((path, files) -> folders.add(new Folder(path, List.copyOf(files))));
        return new FileTree(List.copyOf(folders));
    }

    String firstPath() {
        return folders.isEmpty() || folders.get(0).files().isEmpty()
                ? null
                : folders.get(0).files().get(0).path();
    }
}
