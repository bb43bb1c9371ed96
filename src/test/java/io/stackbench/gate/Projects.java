package io.stackbench.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Small projects for the gate's tests: a Flask service in four layers, and git to commit it. */
final class Projects {

    static final String UPWARD_IMPORT = "from app.services.users import register  # upward\n";

    private Projects() {
    }

    /** A layered Flask project whose repository imports a service: one architecture.layer-direction finding. */
    static Path layeredWithAnUpwardImport(Path root) {
        write(root, "requirements.txt", "flask==3.1.0\n");
        write(root, "app/models/user.py", "class User:\n    pass\n");
        write(root, "app/repositories/users.py", "from app.models.user import User\n" + UPWARD_IMPORT);
        write(root, "app/services/users.py", "from app.repositories.users import find\n");
        write(root, "app/routes/users.py", "from flask import Blueprint\nfrom app.services import users\n");
        return root;
    }

    static Path write(Path root, String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs git in {@code dir} and fails the test when it fails. */
    static void git(Path dir, String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=StackBench Test",
                    "-c", "user.email=test@stackbench.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("git " + String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
