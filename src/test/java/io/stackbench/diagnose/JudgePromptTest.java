package io.stackbench.diagnose;

import static io.stackbench.diagnose.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JudgePromptTest {

    @Test
    void rootFailuresComeBeforeKnockOnsWhichAreMarkedBlocked() {
        String user = JudgePrompt.of(run().blocked("GET /user", "POST /users register").got("POST /users register", 500, 201)
                .evidence()).user();

        assertThat(user).contains("Failed requests (2; 1 root, 1 blocked)");
        assertThat(user.indexOf("\"POST /users register\": got 500, expected 201")).isLessThan(user.indexOf("\"GET /user\": got 404"));
        assertThat(user).contains("\"GET /user\": got 404, expected 200; 1 assertion(s) failed [blocked by \"POST /users register\"]");
    }

    @Test
    void atMostFortyFailedRequestsAreShownAndTheRestCounted() {
        Runs r = run();
        IntStream.range(0, 45).forEach(i -> r.got("GET /articles/" + i, 404, 200));

        String user = JudgePrompt.of(r.evidence()).user();

        assertThat(user).contains("\"GET /articles/39\"", "(5 more failed requests not shown)").doesNotContain("\"GET /articles/40\"");
    }

    @Test
    void theServerLogIsCutToItsLastThirtyLinesWithTheirIndentation() {
        String log = IntStream.range(0, 50).mapToObj(i -> "  log line " + i).collect(Collectors.joining("\n"));

        String user = JudgePrompt.of(run().got("GET /tags", 500, 200).serverLog(log).evidence()).user();

        assertThat(user).contains("\n  log line 20\n", "  log line 49").doesNotContain("log line 19\n");
    }

    @Test
    void trajectoryStepsShowTheirCommandExitCodeAndTheEndOfTheirOutput() {
        String steps = IntStream.range(0, 25).mapToObj(i -> "{\"step\": " + i + ", \"command\": \"pytest -q\", \"exitCode\": 1, "
                + "\"output\": \"" + "x".repeat(400) + " FAILED test_" + i + "\"}").collect(Collectors.joining("\n"));

        String user = JudgePrompt.of(run().got("GET /tags", 500, 200).trajectory(steps).evidence()).user();

        assertThat(user).contains("- step 5: $ pytest -q → exit 1", "FAILED test_24").doesNotContain("- step 4:");
    }

    @Test
    void theSameEvidenceGivesTheSamePromptHashAndADifferentLogAnother() {
        Runs r = run().got("GET /tags", 500, 200);

        assertThat(JudgePrompt.of(r.evidence()).sha256()).isEqualTo(JudgePrompt.of(r.evidence()).sha256());
        assertThat(JudgePrompt.of(r.serverLog("KeyError: 'tags'").evidence()).sha256()).isNotEqualTo(JudgePrompt.of(run()
                .got("GET /tags", 500, 200).evidence()).sha256());
    }
}
