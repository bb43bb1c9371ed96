package io.stackbench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrmRulesTest {

    @TempDir
    Path root;

    private static final Requirements SQLALCHEMY = new Requirements(false, Optional.empty(), Optional.of(Orm.SQLALCHEMY));
    private static final Requirements SEQUELIZE = new Requirements(false, Optional.empty(), Optional.of(Orm.SEQUELIZE));

    @Test
    void modelsAndQueriesThroughSqlalchemyPass() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\n")
                .file("app/models.py", "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\nclass Base(DeclarativeBase):\n    pass\n")
                .file("app/repo.py", "from sqlalchemy import select\ndef find(session, User):\n    return session.execute(select(User)).scalars().all()\n")
                .assertFlagsExactlyTheMarkedLines(SQLALCHEMY);
    }

    @Test
    void anOrmNamedOnlyInTheManifestWithRawSqlDoingTheWorkIsNotUsingTheOrm() {
        new RuleHarness(root)
                .file("requirements.txt", "Flask==3.1.0\nSQLAlchemy==2.0.36  # BUG: orm.not-used\n")
                .file("app/repo.py", """
                        # SQLAlchemy would be nicer, but:
                        import sqlite3
                        def find(name):
                            with sqlite3.connect('conduit.db') as c:
                                return c.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
                        """)
                .assertFlagsExactlyTheMarkedLines(SQLALCHEMY);
    }

    @Test
    void rawSqlThroughTheOrmIsFlaggedAtTheCall() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\n")
                .file("app/repo.py", """
                        from sqlalchemy import select, text
                        def count(session):
                            return session.execute(text("SELECT count(*) FROM users")).scalar()  # BUG: orm.raw-sql
                        def names(session):
                            return session.execute("select name from users").all()  # BUG: orm.raw-sql
                        def ok(session, User):
                            return session.execute(select(User)).all()
                        """)
                .assertFlagsExactlyTheMarkedLines(SQLALCHEMY);
    }

    @Test
    void aDriverCalledBesideTheOrmIsFlagged() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\npsycopg[binary]==3.2.3\n")
                .file("app/repo.py", """
                        from sqlalchemy import select
                        import psycopg  # BUG: orm.raw-driver
                        def count():
                            with psycopg.connect("dbname=conduit") as connection:
                                return connection.execute("SELECT count(*) FROM users").fetchone()  # BUG: orm.raw-sql
                        """)
                .assertFlagsExactlyTheMarkedLines(SQLALCHEMY);
    }

    @Test
    void sequelizeQueryWithSqlIsRawSql() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"sequelize\": \"6.37.5\"}}\n")
                .file("src/repositories/articles.js", """
                        import { Op } from 'sequelize';
                        import { sequelize } from '../db.js';
                        export const count = () => sequelize.query('SELECT count(*) FROM articles');  // BUG: orm.raw-sql
                        export const byTag = (Article, tag) => Article.findAll({ where: { tag: { [Op.eq]: tag } } });
                        """)
                .file("src/db.js", "import { Sequelize } from 'sequelize';\nexport const sequelize = new Sequelize('sqlite::memory:');\n")
                .assertFlagsExactlyTheMarkedLines(SEQUELIZE);
    }

    @Test
    void sequelizeInPackageJsonOnlyIsNotUsingIt() {
        RuleHarness harness = new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"pg\": \"8.13.1\", \"sequelize\": \"6.37.5\"}}\n")
                .file("src/db.js", "import pg from 'pg';\n// new Sequelize(...) some day\nexport const pool = new pg.Pool();\n");
        // JSON has no comments for a marker: the finding points at the manifest line declaring the ORM.
        assertThat(harness.findings(SEQUELIZE)).containsExactly("package.json:1 orm.not-used");
    }

    @Test
    void sqlBuiltInAVariableIsFollowedToTheCallThatSendsIt() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"sequelize\": \"6.37.5\"}}\n")
                .file("src/db.js", "import { Sequelize } from 'sequelize';\nexport const db = new Sequelize('sqlite::memory:');\n")
                .file("src/repositories/articles.js", """
                        import { db } from '../db.js';
                        export async function byAuthor(id, tag) {
                          let sql = `SELECT * FROM articles WHERE author_id = ${id}`;
                          if (tag) {
                            sql += ` AND tag = '${tag}'`;
                          }
                          return db.query(sql);  // BUG: orm.raw-sql
                        }
                        export async function feed(knex) {
                          const base = 'SELECT a.* FROM articles a';
                          const where = base + ' JOIN follows f ON f.author_id = a.author_id';
                          return knex.raw(where);  // BUG: orm.raw-sql
                        }
                        export const tags = (Tag) => Tag.findAll({ attributes: ['name'] });
                        export const label = (status) => ({ status, message: 'Update failed' });
                        """)
                .assertFlagsExactlyTheMarkedLines(SEQUELIZE);
    }

    @Test
    void anFStringOrFormattedSqlPassedToTextIsRawSql() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\n")
                .file("app/repositories/articles.py", """
                        from sqlalchemy import select, text
                        def by_slug(session, slug):
                            query = f"SELECT * FROM articles WHERE slug = '{slug}'"
                            return session.execute(text(query)).first()  # BUG: orm.raw-sql
                        def by_author(cursor, author):
                            statement = "SELECT * FROM articles WHERE author = '{}'".format(author)
                            cursor.execute(statement)  # BUG: orm.raw-sql
                        def run(session, statement):
                            return session.execute(statement)
                        def ok(session, Article):
                            stmt = select(Article).where(Article.slug == "x")
                            return session.execute(stmt)
                        """)
                .assertFlagsExactlyTheMarkedLines(SQLALCHEMY);
    }

    @Test
    void migrationsSeedsAndTestsMayWriteSql() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\nalembic==1.14.0\n")
                .file("app/repositories/users.py", "from sqlalchemy import select\ndef find(session, User):\n    return session.scalars(select(User)).all()\n")
                .file("migrations/versions/001_init.py", "from alembic import op\ndef upgrade():\n    op.execute(\"CREATE TABLE users (id integer)\")\n")
                .file("tests/test_users.py", "from sqlalchemy import text\ndef test_count(session):\n    session.execute(text(\"SELECT count(*) FROM users\"))\n")
                .assertFlagsExactlyTheMarkedLines(SQLALCHEMY);
    }

    @Test
    void imperativeMappingIsUsingTheOrm() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\n")
                .file("app/persistence/mapping.py", """
                        from sqlalchemy import Column, Integer, String, Table
                        from sqlalchemy.orm import registry
                        from app.domain.user import User
                        mapper_registry = registry()
                        users = Table("users", mapper_registry.metadata, Column("id", Integer, primary_key=True), Column("name", String))
                        mapper_registry.map_imperatively(User, users)
                        """)
                .file("app/domain/user.py", "class User:\n    pass\n")
                .assertFlagsExactlyTheMarkedLines(SQLALCHEMY);
    }

    @Test
    void aDriverImportedOnlyToNameItsTypesOrToHandItToTheOrmIsNotABypass() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\n")
                .file("app/db.py", """
                        from sqlite3 import Connection as SQLite3Connection
                        from sqlalchemy import create_engine, event
                        engine = create_engine("sqlite:///conduit.db")
                        @event.listens_for(engine, "connect")
                        def _fk(dbapi_connection, record):
                            if isinstance(dbapi_connection, SQLite3Connection):
                                cursor = dbapi_connection.cursor()
                                cursor.execute("PRAGMA foreign_keys=ON")
                                cursor.close()
                        """)
                .assertFlagsExactlyTheMarkedLines(SQLALCHEMY);
        new RuleHarness(root.resolve("drizzle"))
                .file("package.json", "{\"dependencies\": {\"drizzle-orm\": \"0.36.0\", \"pg\": \"8.13.1\"}}\n")
                .file("src/db.ts", "import { drizzle } from 'drizzle-orm/node-postgres';\nimport { Pool } from 'pg';\nexport const db = drizzle(new Pool());\n")
                .assertFlagsExactlyTheMarkedLines(new Requirements(false, Optional.empty(), Optional.of(Orm.DRIZZLE)));
    }

    @Test
    void prismaRawEscapeHatchesAreRawSql() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"@prisma/client\": \"5.22.0\"}}\n")
                .file("src/repositories/scores.ts", """
                        import { PrismaClient } from '@prisma/client';
                        const prisma = new PrismaClient();
                        export const top = (n: number) => prisma.$queryRawUnsafe(`SELECT * FROM scores LIMIT ${n}`);  // BUG: orm.raw-sql
                        export const all = () => prisma.score.findMany();
                        """)
                .assertFlagsExactlyTheMarkedLines(new Requirements(false, Optional.empty(), Optional.of(Orm.PRISMA)));
    }

    @Test
    void aStatementFromOutsideTheFunctionIsANoteNotAVerdict() {
        new RuleHarness(root)
                .file("requirements.txt", "SQLAlchemy==2.0.36\n")
                .file("app/repositories/reports.py", """
                        from sqlalchemy import select
                        def run(connection, statement):
                            return connection.execute(statement)
                        def find(session, User):
                            stmt = select(User)
                            return session.execute(stmt)
                        """)
                .findings(SQLALCHEMY);
        VerifyReport report = new Verifier().verify(root, SQLALCHEMY);

        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.NOTE);
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).startsWith("cannot tell whether connection.execute(statement) sends raw SQL");
        });
    }
}
