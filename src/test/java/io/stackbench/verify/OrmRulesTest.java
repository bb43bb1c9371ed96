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
}
