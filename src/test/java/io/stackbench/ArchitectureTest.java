package io.stackbench;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The packages form layers: values at the bottom, capabilities above, the pipeline and sweeps above those, the CLI on top. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.stackbench");

    @Test
    void packagesDependOnlyOnLowerLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("io.stackbench.core..")
                .layer("task").definedBy("io.stackbench.task..")
                .layer("runtime").definedBy("io.stackbench.runtime..")
                .layer("contract").definedBy("io.stackbench.contract..")
                .layer("sandbox").definedBy("io.stackbench.sandbox..")
                .layer("base").definedBy("io.stackbench.base..")
                .layer("agent").definedBy("io.stackbench.agent..")
                .layer("verify").definedBy("io.stackbench.verify..")
                .layer("gate").definedBy("io.stackbench.gate..")
                .layer("datalayer").definedBy("io.stackbench.datalayer..")
                .layer("eval").definedBy("io.stackbench.eval..")
                .layer("bench").definedBy("io.stackbench.bench..")
                .layer("diagnose").definedBy("io.stackbench.diagnose..")
                .layer("report").definedBy("io.stackbench.report..")
                .layer("cli").definedBy("io.stackbench.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
                // The report's taxonomy table reads the diagnoses; nothing else needs them.
                .whereLayer("diagnose").mayOnlyBeAccessedByLayers("report", "cli")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("bench", "report", "cli")
                // Runtime data-layer checks run inside an evaluation; their report is part of result.json.
                .whereLayer("datalayer").mayOnlyBeAccessedByLayers("eval", "bench", "report", "cli")
                // The CI gate is verify's outputs and policies for the command line; nothing else needs them.
                .whereLayer("gate").mayOnlyBeAccessedByLayers("cli")
                // The diagnose command's optional LLM judge talks to models through agent's clients
                // (Provider, Endpoint, ChatModel), so it resolves keys and URLs as the agent loop does.
                .whereLayer("agent").mayOnlyBeAccessedByLayers("bench", "diagnose", "cli")
                // A feature task's base is made where its agent starts (agent) and where its patch is
                // applied and recorded (eval); the CLI checks a user's removal patch with it.
                .whereLayer("base").mayOnlyBeAccessedByLayers("agent", "eval", "bench", "cli")
                // The contract runs newman through runtime's process controls.
                .whereLayer("contract").mayOnlyBeAccessedByLayers("eval", "cli")
                .whereLayer("verify").mayOnlyBeAccessedByLayers("gate", "datalayer", "eval", "bench", "report", "cli")
                // The sandbox runs its processes through runtime's process controls.
                .whereLayer("sandbox").mayOnlyBeAccessedByLayers("agent", "eval", "bench", "cli")
                .whereLayer("runtime").mayOnlyBeAccessedByLayers("contract", "sandbox", "base", "agent", "datalayer", "eval", "bench",
                        "cli")
                // The gate resolves --task into requirements, as verify's own Requirements.of does.
                .whereLayer("task").mayOnlyBeAccessedByLayers("base", "agent", "verify", "gate", "datalayer", "eval", "bench", "report",
                        "cli")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.stackbench.(*)..").should().beFreeOfCycles().check(classes);
    }
}
