package io.stackbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.task.TaskFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasesTest {

    private static final Path REFERENCES = Path.of("references").toAbsolutePath();

    @TempDir
    Path dir;

    private final Bases bases = new Bases(REFERENCES, new ProcessRunner());
    private final TaskCatalog catalog = TaskCatalog.builtin();

    @Test
    void everyRemovalPatchAppliesAndReAddingItGivesBackTheReferenceByteForByte() {
        List<String> problems = new ArrayList<>();
        for (Task task : catalog.select(TaskFilter.parse("feature"))) {
            bases.checkRemoval(task, dir.resolve(task.id())).ifPresent(p -> problems.add(task.id() + ": " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aBaseLacksTheRemovedFeaturesFilesAndKeepsTheOthers() {
        Path base = bases.materialiseBase(catalog.get("express-feature-comments"), dir.resolve("base"), dir.resolve("logs")).dir();
        assertThat(base.resolve("src/routes/comments.js")).doesNotExist();
        assertThat(base.resolve("src/models/comment.js")).doesNotExist();
        assertThat(base.resolve("src/routes/articles.js")).exists();
        assertThat(base.resolve("package.json")).exists();
        assertThat(base.resolve("features")).as("the removal patches are not part of a solution").doesNotExist();
    }

    @Test
    void aGreenfieldTaskStartsFromAnEmptyDirectory() throws IOException {
        Path base = bases.materialiseBase(catalog.get("flask-openapi-sqlite"), dir.resolve("base"), dir.resolve("logs")).dir();
        try (var entries = Files.list(base)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aRemovalThatDoesNotApplyIsReportedWithTheTaskAndThePatch() throws IOException {
        Path references = dir.resolve("references");
        Files.createDirectories(references.resolve("flask/features"));
        Files.writeString(references.resolve("flask/oracle.json"), "{\"default_database\": \"postgres\", \"databases\": {\"postgres\": {}}}");
        Files.writeString(references.resolve("flask/app.py"), "print('hi')\n");
        Files.writeString(references.resolve("flask/features/comments.patch"), """
                diff --git a/app.py b/app.py
                --- a/app.py
                +++ b/app.py
                @@ -1 +1 @@
                -print('something else')
                +print('bye')
                """);
        Bases broken = new Bases(references, new ProcessRunner());
        Task task = catalog.get("flask-feature-comments");
        assertThatThrownBy(() -> broken.materialiseBase(task, dir.resolve("base"), dir.resolve("logs")))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("flask-feature-comments").hasMessageContaining("comments.patch");
        assertThat(broken.checkRemoval(task, dir.resolve("check"))).hasValueSatisfying(p -> assertThat(p).contains("does not apply"));
    }
}
