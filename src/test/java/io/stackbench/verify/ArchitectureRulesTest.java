package io.stackbench.verify;

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
}
