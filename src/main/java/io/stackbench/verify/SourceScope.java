package io.stackbench.verify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a file is for, from its path: the running service, its tests, or tooling around it
 * (migrations, seeds, scripts). Only the service's own code is judged; tests may import any
 * layer, migrations may write SQL, and a test suite's SQLite says nothing of production.
 */
enum SourceScope {
    PRODUCTION, TEST, TOOLING;

    private static final Set<String> TEST_FOLDERS = Set.of("test", "tests", "__tests__", "__test__", "spec", "specs",
            "e2e", "testing", "__mocks__", "cypress", "playwright", "test_utils", "testutils");
    private static final Set<String> TOOLING_FOLDERS = Set.of("migrations", "migration", "alembic", "seeds", "seeders",
            "seed", "scripts", "script", "tools", "docs", "examples", "example", "benchmarks", "bench", "fixtures");
    private static final Pattern TEST_FILE = Pattern.compile(
            "test_.*\\.py|.*_test\\.py|conftest\\.py|.*\\.(test|spec|e2e-spec|e2e)\\.[cm]?[jt]sx?|"
                    + "(jest|vitest|playwright|cypress)\\.(config|setup)\\.[cm]?[jt]s|setup-?tests\\.[cm]?[jt]s|"
                    + "\\.env\\.test.*|(application|config)[-.]test\\..*|.*\\.test\\.(json|ya?ml|env)");

    static SourceScope of(String path) {
        String[] parts = path.toLowerCase(Locale.ROOT).split("/");
        if (TEST_FILE.matcher(parts[parts.length - 1]).matches()) {
            return TEST;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (TEST_FOLDERS.contains(parts[i])) {
                return TEST;
            }
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (TOOLING_FOLDERS.contains(parts[i])) {
                return TOOLING;
            }
        }
        return PRODUCTION;
    }
}
