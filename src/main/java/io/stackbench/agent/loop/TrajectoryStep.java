package io.stackbench.agent.loop;

import java.util.Optional;

/**
 * One line of {@code trajectory.jsonl}: a model turn and the command it ran.
 *
 * @param command     the command run, absent when the reply had none (see {@code formatError})
 * @param exitCode    absent when no command ran; -1 when it was stopped at its time limit
 * @param output      the output exactly as the model was shown it
 * @param outputBytes everything the command printed, including what the model was not shown
 * @param costUsd     absent when the model has no price
 */
record TrajectoryStep(int step, long inputTokens, long outputTokens, Optional<Double> costUsd, String reply,
                      Optional<String> command, Optional<String> formatError, Optional<Integer> exitCode,
                      Optional<String> output, long outputBytes, boolean timedOut, double modelSeconds,
                      double commandSeconds) {
}
