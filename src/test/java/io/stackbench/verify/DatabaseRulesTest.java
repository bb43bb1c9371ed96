package io.stackbench.verify;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aKnexfileTestEnvironmentSaysNothingOfProduction() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"knex\": \"3.1.0\", \"pg\": \"8.13.1\"}, \"devDependencies\": {\"better-sqlite3\": \"11.5.0\"}}\n")
                .file("knexfile.js", """
                        module.exports = {
                          development: { client: 'pg', connection: process.env.DATABASE_URL },
                          test: { client: 'better-sqlite3', connection: { filename: ':memory:' } },
                          production: { client: 'pg', connection: process.env.DATABASE_URL },
                        };
                        """)
                .assertFlagsExactlyTheMarkedLines(database(Database.POSTGRES));
    }

    @Test
    void aBranchOnTheTestEnvironmentAndATestingConfigClassAreTestOnly() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"sequelize\": \"6.37.5\", \"pg\": \"8.13.1\"}}\n")
                .file("src/db.js", """
                        import { Sequelize } from 'sequelize';
                        export const db = process.env.NODE_ENV === 'test'
                          ? new Sequelize('sqlite::memory:')
                          : new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' });
                        const other = process.env.NODE_ENV !== 'test' ? 'postgres://localhost/conduit' : 'sqlite::memory:';
                        """)
                .file("app/config.py", """
                        import os
                        class ProductionConfig:
                            SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://localhost/conduit")
                        class TestingConfig:
                            SQLALCHEMY_DATABASE_URI = "sqlite://"
                        if os.environ.get("TESTING"):
                            FALLBACK = "sqlite:///test.db"
                        """)
                .assertFlagsExactlyTheMarkedLines(database(Database.POSTGRES));
    }

    @Test
    void sqliteOnlyForTheTestSuiteIsNotTheServicesDatabase() {
        RuleHarness harness = new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\n")
                .file("requirements-test.txt", "aiosqlite==0.20.0\n")
                .file("tests/conftest.py", "URL = 'sqlite+aiosqlite:///:memory:'\n")
                .file("app/db.py", "URL = 'memory'\n");
        assertThat(harness.findings(database(Database.SQLITE))).containsExactly("requirements.txt:1 database.required-missing");
        assertThat(new Verifier().verify(root, database(Database.SQLITE)).findings().get(0).message())
                .contains("only tests or development use it");
    }

    @Test
    void prismaDotenvAndComposeAreEvidenceAndTheirCommentsAreNot() {
        RuleHarness harness = new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"@prisma/client\": \"5.22.0\"}}\n")
                .file("prisma/schema.prisma", """
                        generator client {
                          provider = "prisma-client-js"
                        }
                        datasource db {
                          // provider = "postgresql"
                          provider = "sqlite"
                          url      = env("DATABASE_URL")
                        }
                        """)
                .file(".env.example", "# DATABASE_URL=postgresql://user:password@localhost:5432/conduit\nDATABASE_URL=file:./dev.db\n")
                .file("docker-compose.yml", "services:\n  cache:\n    image: redis:7\n  db:\n    image: mongo:7\n");
        assertThat(harness.findings(database(Database.POSTGRES))).containsExactlyInAnyOrder(
                "package.json:1 database.required-missing", "prisma/schema.prisma:6 database.other-present",
                "docker-compose.yml:5 database.other-present");
    }

    @Test
    void otherEnginesAreRecognisedAsAnotherDatabase() {
        RuleHarness harness = new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"pg\": \"8.13.1\", \"mongoose\": \"8.8.0\"}}\n")
                .file("src/db.js", """
                        import mongoose from 'mongoose';
                        export const url = 'postgres://localhost/conduit';
                        export const legacy = 'mysql://root@localhost/conduit';
                        """)
                .file("src/orm.ts", "import { DataSource } from 'typeorm';\nexport const ds = new DataSource({ type: 'mariadb' });\n");
        assertThat(harness.findings(database(Database.POSTGRES))).containsExactly("package.json:1 database.other-present",
                "src/db.js:1 database.other-present", "src/db.js:3 database.other-present", "src/orm.ts:2 database.other-present");
    }

    @Test
    void pyprojectDevGroupsAreDevelopmentOnly() {
        RuleHarness harness = new RuleHarness(root)
                .file("pyproject.toml", """
                        [tool.poetry.dependencies]
                        python = "^3.11"
                        psycopg2-binary = "^2.9"

                        [tool.poetry.group.dev.dependencies]
                        aiosqlite = "^0.20"
                        """);
        assertThat(harness.findings(database(Database.POSTGRES))).isEmpty();
        assertThat(harness.findings(database(Database.SQLITE))).containsExactly("pyproject.toml:1 database.required-missing",
                "pyproject.toml:3 database.other-present");
    }
}
