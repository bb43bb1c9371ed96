package io.stackbench.verify;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A configuration file that may say which database the service runs on: dotenv files, Prisma
 * schemas, ORM and Sequelize CLI JSON, Rails' database.yml, Compose files, Spring properties and
 * YAML, Ktor's HOCON.
 */
record ConfigFile(String path, String text) {

    private static final Pattern CONFIG = Pattern.compile(
            "\\.env(\\..+)?|.*\\.prisma|ormconfig\\.(json|ya?ml)|database\\.(json|ya?ml)|config\\.json|"
                    + "(docker-)?compose([.-].+)?\\.ya?ml|application([-.].+)?\\.(properties|ya?ml|conf)|mikro-orm\\.config\\.json");

    static boolean isConfig(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return CONFIG.matcher(name).matches() && !name.equals(".envrc");
    }

    String name() {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** Read by tests only: in a test folder, or named for the test environment ({@code .env.test}, {@code application-test.yml}). */
    boolean testOnly() {
        return SourceScope.of(path) != SourceScope.PRODUCTION || name().matches("\\.env\\.(test|testing|ci)(\\..*)?");
    }
}
