package io.stackbench.runtime;

import java.util.ArrayList;
import java.util.List;

/** Reads the paths out of {@code git apply --numstat -z}, the list git itself derives from a patch. */
final class PatchPaths {

    private PatchPaths() {
    }

    /**
     * Each entry is {@code added TAB deleted TAB path NUL}; a rename or copy leaves the path empty
     * and follows with {@code source NUL destination NUL}.
     */
    static List<String> parseNumstat(String output) {
        List<String> paths = new ArrayList<>();
        String[] fields = output.split("\0", -1);
        for (int i = 0; i < fields.length; i++) {
            String entry = fields[i];
            int second = entry.indexOf('\t', entry.indexOf('\t') + 1);
            if (entry.indexOf('\t') < 0 || second < 0) {
                continue;
            }
            String path = entry.substring(second + 1);
            if (path.isEmpty() && i + 2 < fields.length) {
                paths.add(fields[++i]);
                paths.add(fields[++i]);
            } else if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }
}
