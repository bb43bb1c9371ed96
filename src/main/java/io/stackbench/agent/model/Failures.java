package io.stackbench.agent.model;

import io.stackbench.core.StackBenchException;

/** Turns what an SDK threw into the two kinds of failure the agent loop tells apart. */
final class Failures {

    private static final int MAX_MESSAGE = 600;

    private Failures() {
    }

    /**
     * An HTTP error status that survived the SDK's retries. A rejected key, a refused account or an
     * unknown model would fail every run of a sweep the same way, so they stop it; anything else
     * ends one run.
     */
    static RuntimeException status(Provider provider, String model, String where, int status, String message, Throwable cause) {
        String said = shorten(message);
        return switch (status) {
            case 401 -> StackBenchException.invalidInput(provider.id() + " endpoint " + where + " rejected the API key "
                    + "(HTTP 401); check " + provider.apiKeyVariable() + " or --api-key-env: " + said);
            case 403 -> StackBenchException.invalidInput(provider.id() + " endpoint " + where + " refused access to model '"
                    + model + "' (HTTP 403): " + said);
            case 404 -> StackBenchException.invalidInput(provider.id() + " endpoint " + where + " does not know model '"
                    + model + "' or the API path (HTTP 404); check the model name and --base-url: " + said);
            default -> {
                String text = provider.id() + " endpoint " + where + " answered HTTP " + status
                        + (retried(status) ? " after " + Provider.MAX_RETRIES + " retries" : "") + ": " + said;
                // Overload, rate limits and server errors are the endpoint's state, not the agent's doing.
                yield endpointsFault(status) ? ModelFailure.infrastructure(text, cause) : new ModelFailure(text, cause);
            }
        };
    }

    /**
     * A failure without a status: the endpoint unreachable (a network error anywhere in the
     * causes, the infrastructure's fault) or its answer unreadable (the run's error).
     */
    static ModelFailure other(Provider provider, String where, Throwable cause) {
        String text = provider.id() + " endpoint " + where + " failed: " + shorten(String.valueOf(cause.getMessage()));
        return unreachable(cause) ? ModelFailure.infrastructure(provider.id() + " endpoint " + where + " unreachable: "
                + shorten(String.valueOf(rootMessage(cause))), cause) : new ModelFailure(text, cause);
    }

    static boolean endpointsFault(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static boolean unreachable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean retried(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private static String shorten(String message) {
        String flat = message == null ? "" : message.strip();
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
    }
}
