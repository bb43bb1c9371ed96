package io.stackbench.verify;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseRulesTest {

    @TempDir
    Path root;

    private static Requirements database(Database db) {
        return new Requirements(false, Optional.of(db), Optional.empty());
    }

    @Test
    void aSqliteUrlInCodeIsEvidenceOfSqlite() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\n")
                .file("app/db.py", "from sqlalchemy import create_engine\nengine = create_engine(\"sqlite:///conduit.db\")\n")
                .assertFlagsExactlyTheMarkedLines(database(Database.SQLITE));
    }

    @Test
    void theOtherDatabasesDriverLeftInTheManifestIsFlaggedWhereItIsDeclared() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\npsycopg2-binary==2.9.10  # BUG: database.other-present\n")
                .file("app/db.py", "DATABASE_URL = 'sqlite:///conduit.db'\n")
                .assertFlagsExactlyTheMarkedLines(database(Database.SQLITE));
    }

    @Test
    void aDatabaseNamedOnlyInACommentIsNoEvidence() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36  # BUG: database.required-missing\n")
                .file("app/db.py", "# we use postgresql://user:password@localhost:5432/conduit in production\nURL = 'memory'\n")
                .assertFlagsExactlyTheMarkedLines(database(Database.POSTGRES));
    }

    @Test
    void proseThatMentionsADatabaseIsNotEvidence() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"sequelize\": \"6.37.5\", \"pg\": \"8.13.1\"}}\n")
                .file("src/db.js", "import { Sequelize } from 'sequelize';\nconsole.log('unlike sqlite, postgres has roles');\n"
                        + "export const db = new Sequelize({ dialect: 'postgres', host: 'localhost' });\n")
                .assertFlagsExactlyTheMarkedLines(database(Database.POSTGRES));
    }

    @Test
    void aSequelizeDialectAndDriverImportOfTheOtherDatabaseAreFlagged() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"sequelize\": \"6.37.5\", \"pg\": \"8.13.1\"}}\n")
                .file("src/db.js", """
                        import { Sequelize } from 'sequelize';
                        import sqlite3 from 'sqlite3';  // BUG: database.other-present
                        export const db = new Sequelize({ dialect: 'sqlite', storage: 'conduit.db' });  // BUG: database.other-present
                        export const url = 'postgres://user:password@localhost:5432/conduit';
                        """)
                .assertFlagsExactlyTheMarkedLines(database(Database.POSTGRES));
    }
}
