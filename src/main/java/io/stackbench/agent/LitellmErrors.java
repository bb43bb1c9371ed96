package io.stackbench.agent;

import java.util.Map;
import java.util.Optional;

/**
 * The exceptions litellm raises for a model endpoint's errors, by class name, with the HTTP status
 * litellm maps to each (its documented exception mapping). Python CLIs built on litellm (aider,
 * mini-swe-agent) print the class, not the status.
 */
final class LitellmErrors {

    /** 0 stands for "no status": litellm could not reach the endpoint. */
    private static final Map<String, Integer> STATUS = Map.of("AuthenticationError", 401, "PermissionDeniedError", 403,
            "NotFoundError", 404, "Timeout", 408, "RateLimitError", 429, "InternalServerError", 500,
            "BadGatewayError", 502, "ServiceUnavailableError", 503, "APIConnectionError", 0);

    private LitellmErrors() {
    }

    /**
     * The endpoint failure an exception of this class means; empty for the others (a bad request, a
     * context window exceeded), which are the run's, not the endpoint's.
     */
    static Optional<AgentOutput.EndpointFailure> failure(String className, String cause) {
        Integer status = STATUS.get(className);
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(status == 0 ? AgentOutput.EndpointFailure.unknownStatus(cause) : AgentOutput.EndpointFailure.of(status, cause));
    }
}
