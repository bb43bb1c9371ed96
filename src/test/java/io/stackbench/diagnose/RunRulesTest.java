package io.stackbench.diagnose;

import static io.stackbench.diagnose.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run-level rules, each on the failure it recognises, in the classifier's order. */
class RunRulesTest {

    @Test
    void anAgentThatRanTheSameCommandUntilItsStepLimitWasStuckInALoop() {
        Diagnosis d = run().agentEnded("step_limit")
                .trajectory("""
                        {"step": 97, "command": "python app.py", "output": "ImportError"}
                        {"step": 98, "command": "sed -i 's/x/y/' app.py", "output": ""}
                        {"step": 99, "command": "python app.py", "output": "ImportError"}
                        {"step": 100, "command": "python app.py", "output": "ImportError"}
                        """)
                .phaseFailed("start", "the server exited with code 1").diagnosis();

        assertThat(d.label()).isEqualTo("stuck_in_loop");
        assertThat(d.evidence()).anyMatch(e -> e.contains("\"python app.py\" 3 times"));
    }

    @Test
    void anAgentStoppedByItsTimeLimitTerminatedPrematurely() {
        Diagnosis d = run().agentEnded("time_limit").got("GET /articles/feed as <reader>", 404, 200).diagnosis();

        assertThat(d.label()).isEqualTo("premature_termination");
        assertThat(d.evidence().get(0)).contains("'time_limit'");
    }

    @Test
    void stepsSpentWithoutRepeatingThemselvesAreAPrematureEndNotALoop() {
        Diagnosis d = run().agentEnded("step_limit").trajectory("{\"command\": \"ls\"}\n{\"command\": \"cat app.py\"}\n")
                .got("GET /tags", 404, 200).diagnosis();

        assertThat(d.label()).isEqualTo("premature_termination");
    }

    @Test
    void aServerThatNeverAnsweredFailedToStartAndTheLogSaysWhy() {
        Diagnosis d = run().phaseFailed("start", "no answer on port 8080 within 60 s")
                .serverLog("""
                        Traceback (most recent call last):
                          File "/solution/app.py", line 3, in <module>
                            from flask_sqlalchemy import SQLAlchemy
                        ModuleNotFoundError: No module named 'flask_sqlalchemy'
                        """).diagnosis();

        assertThat(d.label()).isEqualTo("server_startup_failure");
        assertThat(d.evidence()).anyMatch(e -> e.contains("ModuleNotFoundError: No module named 'flask_sqlalchemy'"));
    }

    @Test
    void aFailedInstallIsAStartupFailure() {
        assertThat(run().phaseFailed("install", "npm ci failed (exit 1)").diagnosis().label()).isEqualTo("server_startup_failure");
    }

    @Test
    void aSuiteThatPassedWithAFailedVerifierIsAConstraintViolation() {
        Diagnosis d = run().passed("GET /tags", 200).passed("POST /users register <author>", 201)
                .verifier("architecture", false, "architecture.route-imports-repository app/routes/users.py:3").diagnosis();

        assertThat(d.label()).isEqualTo("constraint_violation");
        assertThat(d.evidence()).anyMatch(e -> e.contains("architecture.route-imports-repository"));
    }

    @Test
    void withNothingToGoOnTheDiagnosisIsUnknownAndSaysWhatItSaw() {
        Diagnosis d = run().phaseFailed("suite", "newman exited with code 2").diagnosis();

        assertThat(d.label()).isEqualTo("unknown");
        assertThat(d.rule()).isEqualTo("none");
        assertThat(d.evidence()).anyMatch(e -> e.contains("phase 'suite' failed: newman exited with code 2"));
    }
}
