package io.stackbench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchitectureRulesTest {

    @TempDir
    Path root;

    private static final Requirements CLEAN = new Requirements(true, Optional.empty(), Optional.empty());

    private RuleHarness pythonLayers() {
        return new RuleHarness(root)
                .file("requirements.txt", "flask==3.1.0\n")
                .file("app/models/user.py", "class User:\n    pass\n")
                .file("app/repositories/users.py", "from app.models.user import User\n")
                .file("app/services/users.py", "from app.repositories.users import find\n")
                .file("app/routes/users.py", "from flask import Blueprint\nfrom app.services import users\n");
    }

    @Test
    void aCleanPythonLayeringHasNoFinding() {
        pythonLayers().assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aRepositoryImportingAServiceGoesUpward() {
        pythonLayers().file("app/repositories/users.py", """
                from app.models.user import User
                from app.services.users import register  # BUG: architecture.layer-direction
                """).assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aRelativeImportCannotHideAnUpwardDependency() {
        pythonLayers().file("app/repositories/users.py", """
                from ..models.user import User
                from ..services import users  # BUG: architecture.layer-direction
                """).assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void anAliasedImportCannotHideAnUpwardDependency() {
        pythonLayers().file("app/models/user.py", """
                import app.routes.users as r  # BUG: architecture.layer-direction
                class User:
                    pass
                """).assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aRouteImportingARepositorySkipsTheServices() {
        pythonLayers().file("app/routes/users.py", """
                from flask import Blueprint
                from app.services import users
                from app.repositories.users import find  # BUG: architecture.route-imports-repository
                """).assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aServiceImportingTheWebFrameworkIsNotFrameworkAgnostic() {
        pythonLayers().file("app/services/users.py", """
                from flask import abort  # BUG: architecture.service-imports-framework
                from app.repositories.users import find
                """).assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aMissingLayerFolderIsReportedAtTheManifest() {
        new RuleHarness(root)
                .file("requirements.txt", "flask==3.1.0  # BUG: architecture.layer-missing\n")
                .file("app/models/user.py", "class User:\n    pass\n")
                .file("app/services/users.py", "from app.models.user import User\n")
                .file("app/routes/users.py", "from app.services import users\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aLayerNamedOnlyInACommentDoesNotCount() {
        pythonLayers().file("app/services/users.py", """
                # from app.routes.users import handler  -- a comment is not an import
                from app.repositories.users import find
                """).assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    private RuleHarness jsLayers() {
        return new RuleHarness(root)
                .file("package.json", "{\"type\": \"module\", \"dependencies\": {\"express\": \"4.21.2\"}}\n")
                .file("src/models/user.js", "export class User {}\n")
                .file("src/repositories/userRepository.js", "import { User } from '../models/user.js';\n")
                .file("src/services/userService.js", "import * as repo from '../repositories/userRepository.js';\n")
                .file("src/routes/users.js", "import { Router } from 'express';\nimport { register } from '../services/userService.js';\n");
    }

    @Test
    void aCleanNodeLayeringHasNoFinding() {
        jsLayers().assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void nodeImportsResolveThroughRequireDynamicImportReexportsAndIndexFiles() {
        jsLayers()
                .file("src/repositories/index.js", "export * from './userRepository.js';\n")
                .file("src/repositories/userRepository.js", """
                        import { User } from '../models/user.js';
                        const svc = require('../services/userService');  // BUG: architecture.layer-direction
                        """)
                .file("src/models/user.js", """
                        export class User {}
                        export { register } from '../services/userService.js';  // BUG: architecture.layer-direction
                        """)
                .file("src/routes/users.js", """
                        import { Router } from 'express';
                        import { register } from '../services/userService.js';
                        const repo = await import('../repositories');  // BUG: architecture.route-imports-repository
                        """)
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void tsconfigPathAliasesAreResolved() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"hono\": \"4.6.0\"}}\n")
                .file("tsconfig.json", "{\n  // comments are allowed here\n  \"compilerOptions\": {\"baseUrl\": \".\", \"paths\": {\"@/*\": [\"src/*\"]},},\n}\n")
                .file("src/models/user.ts", "export interface User { name: string }\n")
                .file("src/repositories/users.ts", "import type { User } from '@/models/user';\n")
                .file("src/services/users.ts", "import { Hono } from 'hono';  // BUG: architecture.service-imports-framework\nimport * as r from '@/repositories/users';\n")
                .file("src/routes/users.tsx", "import { users } from '@/services/users';\nimport * as r from '@/repositories/users';  // BUG: architecture.route-imports-repository\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void scopedFrameworkPackagesCountAsTheFramework() {
        jsLayers().file("src/services/userService.js", """
                import * as repo from '../repositories/userRepository.js';
                import Router from '@koa/router';  // BUG: architecture.service-imports-framework
                """).assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void projectsCanNameTheirLayerFoldersThemselves() {
        new RuleHarness(root)
                .file("requirements.txt", "flask==3.1.0\n")
                .file("app/models/user.py", "class User:\n    pass\n")
                .file("app/stores/users.py", "from app.models.user import User\nfrom app.interactors import users  # BUG: architecture.layer-direction\n")
                .file("app/interactors/users.py", "from app.stores.users import find\n")
                .file("app/endpoints/users.py", "from app.interactors import users\nfrom app.stores import users as u  # BUG: architecture.route-imports-repository\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN.withLayerFolders(java.util.Map.of(
                        "routes", java.util.List.of("endpoints"), "services", java.util.List.of("interactors"),
                        "repositories", java.util.List.of("stores"))));
    }

    @Test
    void aRepositoryFolderNamedOtherwiseIsRecognisedByTheQueriesItRuns() {
        new RuleHarness(root)
                .file("requirements.txt", "flask==3.1.0\nSQLAlchemy==2.0.36\n")
                .file("app/models/user.py", "from app.db import Base\nclass User(Base):\n    pass\n")
                .file("app/storage/users.py", """
                        from sqlalchemy import select
                        from app.models.user import User
                        def find(session, name):
                            return session.scalars(select(User).where(User.name == name)).first()
                        """)
                .file("app/services/users.py", "from app.storage.users import find\n")
                .file("app/routes/users.py", "from flask import Blueprint\nfrom app.services import users\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void dddLayersPassWhenTheirDependenciesPointInward() {
        new RuleHarness(root)
                .file("requirements.txt", "flask==3.1.0\nSQLAlchemy==2.0.36\n")
                .file("conduit/domain/article.py", "from dataclasses import dataclass\n@dataclass\nclass Article:\n    slug: str\n")
                .file("conduit/domain/repositories.py", "from abc import ABC\nfrom conduit.domain.article import Article\nclass ArticleRepository(ABC):\n    pass\n")
                .file("conduit/application/articles.py", "from conduit.domain.repositories import ArticleRepository\n")
                .file("conduit/infrastructure/persistence/articles.py", """
                        from conduit.domain.repositories import ArticleRepository
                        from conduit.domain.article import Article
                        class SqlArticles(ArticleRepository):
                            def get(self, slug):
                                return self.session.get(Article, slug)
                        """)
                .file("conduit/presentation/articles.py", """
                        from flask import Blueprint
                        from conduit.application import articles
                        bp = Blueprint("articles", __name__)
                        @bp.get("/api/articles/<slug>")
                        def show(slug):
                            return articles.get(slug)
                        """)
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void hexagonalAdaptersArePlacedByDirectionAndPortsMayBeImportedByAnyone() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"koa\": \"2.15.3\", \"@prisma/client\": \"5.22.0\"}}\n")
                .file("prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\nmodel Article {\n  slug String @id\n}\n")
                .file("src/domain/article.ts", "export interface Article { slug: string }\n")
                .file("src/application/ports/out/articles.ts", "import type { Article } from '../../../domain/article';\nexport interface Articles { bySlug(s: string): Promise<Article> }\n")
                .file("src/application/services/articles.ts", "import type { Articles } from '../ports/out/articles';\nexport const show = (a: Articles, s: string) => a.bySlug(s);\n")
                .file("src/adapters/out/prisma-articles.ts", "import type { Articles } from '../../application/ports/out/articles';\nimport { PrismaClient } from '@prisma/client';\n")
                .file("src/adapters/in/articles.ts", "import Router from '@koa/router';\nimport { show } from '../../application/services/articles';\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void featureSlicedFilesAreLayeredByTheirNames() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"@nestjs/common\": \"10.4.0\", \"typeorm\": \"0.3.20\"}}\n")
                .file("src/articles/article.entity.ts", "import { Entity } from 'typeorm';\n@Entity()\nexport class Article {}\n")
                .file("src/articles/articles.repository.ts", "import { Article } from './article.entity';\n")
                .file("src/articles/articles.service.ts", """
                        import { Injectable } from '@nestjs/common';
                        import { ArticlesRepository } from './articles.repository';
                        """)
                .file("src/articles/articles.controller.ts", """
                        import { Controller, Get } from '@nestjs/common';
                        import { ArticlesService } from './articles.service';
                        import { ArticlesRepository } from './articles.repository';  // BUG: architecture.route-imports-repository
                        """)
                .file("src/articles/articles.module.ts", "import { ArticlesRepository } from './articles.repository';\nimport { ArticlesController } from './articles.controller';\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aServiceThatThrowsHttpExceptionsKnowsHttp() {
        new RuleHarness(root)
                .file("package.json", "{\"dependencies\": {\"@nestjs/common\": \"10.4.0\"}}\n")
                .file("src/articles/article.entity.ts", "export class Article {}\n")
                .file("src/articles/articles.repository.ts", "import { Article } from './article.entity';\n")
                .file("src/articles/articles.service.ts", "import { Injectable, NotFoundException } from '@nestjs/common';  // BUG: architecture.service-imports-framework\n")
                .file("src/articles/articles.controller.ts", "import { Controller } from '@nestjs/common';\nimport { ArticlesService } from './articles.service';\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aRouteThatRunsAQueryItselfSkipsTheServices() {
        jsLayers().file("src/routes/users.js", """
                import { Router } from 'express';
                import { register } from '../services/userService.js';
                import { User } from '../models/user.js';
                export const list = async () => User.findAll({ limit: 20 });  // BUG: architecture.route-imports-repository
                """).assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void compositionRootsTestsAndMigrationsWireEverythingWithoutBeingJudged() {
        pythonLayers()
                .file("app/main.py", "from flask import Flask\nfrom app.repositories.users import find\nfrom app.routes.users import bp\napp = Flask(__name__)\n")
                .file("app/routes/deps.py", "from app.repositories.users import find\n")
                .file("tests/routes/test_users.py", "from app.routes.users import bp\nfrom app.repositories.users import find\n")
                .file("migrations/versions/001_init.py", "from app.services.users import register\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void inAMonorepoTheServicesFolderAboveAServiceIsNotItsLayer() {
        new RuleHarness(root)
                .file("package.json", "{\"private\": true, \"workspaces\": [\"services/*\"]}\n")
                .file("services/api/package.json", "{\"dependencies\": {\"express\": \"4.21.2\"}}\n")
                .file("services/api/src/app.js", "import express from 'express';\nimport { router } from './routes/users.js';\nexpress().use(router);\n")
                .file("services/api/src/errors.js", "import express from 'express';\nexport const notFound = (req, res) => res.status(404).end();\n")
                .file("services/api/src/models/user.js", "export class User {}\n")
                .file("services/api/src/repositories/users.js", "import { User } from '../models/user.js';\n")
                .file("services/api/src/services/users.js", "import * as repo from '../repositories/users.js';\n")
                .file("services/api/src/routes/users.js", "import { Router } from 'express';\nimport * as users from '../services/users.js';\nexport const router = Router();\n")
                .assertFlagsExactlyTheMarkedLines(CLEAN);
    }

    @Test
    void aFlatApplicationIsMissingItsMiddleLayers() {
        RuleHarness flat = new RuleHarness(root)
                .file("requirements.txt", "flask==3.1.0\nflask-sqlalchemy==3.1.1\n")
                .file("conduit/models.py", "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\nclass Article(db.Model):\n    pass\n")
                .file("conduit/views.py", """
                        from flask import Blueprint
                        from conduit.models import Article, db
                        bp = Blueprint("articles", __name__)
                        @bp.get("/api/articles")
                        def articles():
                            return db.session.execute(db.select(Article)).scalars().all()
                        """);
        // Both middle layers are missing: two findings at the manifest, which one marker cannot express.
        assertThat(flat.findings(CLEAN)).containsExactly(
                "conduit/views.py:6 architecture.route-imports-repository",
                "requirements.txt:1 architecture.layer-missing", "requirements.txt:1 architecture.layer-missing");
    }
}
