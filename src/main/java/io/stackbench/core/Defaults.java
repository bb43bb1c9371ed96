package io.stackbench.core;

import java.time.Duration;

/** Every default setting of StackBench, each a documented constant. */
public final class Defaults {

    private Defaults() {
    }

    /** Where tools, dependency caches and PostgreSQL binaries live when {@code STACKBENCH_HOME} is unset. */
    public static final String HOME_DIRECTORY = "~/.cache/stackbench";

    /** Where {@code bench} writes results, relative to the working directory. */
    public static final String RESULTS_DIRECTORY = "results";

    /** How long a server may take from {@code ./run.sh} to a 200 on the health check. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);

    /** How often the health check is polled while a server starts. */
    public static final Duration HEALTH_POLL_INTERVAL = Duration.ofMillis(250);

    /** Limit for installing one solution's dependencies on a cold cache. */
    public static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

    /** Limit for one run of the behavioural suite. */
    public static final Duration SUITE_TIMEOUT = Duration.ofMinutes(5);

    /** Limit for one HTTP request of the suite; a hung endpoint fails its assertions instead of the run. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** Cap on server.log and install.log; output past it is counted and dropped. */
    public static final long LOG_CAP_BYTES = 10L * 1024 * 1024;

    /** Pinned uv, installed from PyPI into a tool virtualenv under the home directory. */
    public static final String UV_VERSION = "0.9.5";

    /** Test credentials the study's collection reads; StackBench sets them for any suite. */
    public static final String SUITE_USERNAME = "stackbench";
    public static final String SUITE_EMAIL = "stackbench@example.com";
    public static final String SUITE_PASSWORD = "stackbench-password";

    /** Processes and threads one sandboxed run may have at once; a fork bomb stops here. */
    public static final int SANDBOX_PIDS = 1024;

    /** Memory one sandboxed run may use (4 GiB): room for a compiler, not for a runaway. */
    public static final long SANDBOX_MEMORY_BYTES = 4L << 30;

    /** Bytes one sandboxed run may write into its workspace, home and /tmp (4 GiB). */
    public static final long SANDBOX_DISK_BYTES = 4L << 30;

    /** First of the two unprivileged host user ids sandboxed code runs as (the second runs its PostgreSQL). */
    public static final int SANDBOX_UID = 61000;

    /** Limit for one HTTP attempt of {@code diagnose --judge}; a judge's answer is a few sentences of JSON. */
    public static final Duration JUDGE_TIMEOUT = Duration.ofMinutes(3);

    /** How often a sweep retries a run that failed for the infrastructure's reasons ({@code bench --retries}). */
    public static final int SWEEP_RETRIES = 2;

    /** The wait before a sweep's first retry of such a run; it doubles with every further attempt ({@code --retry-backoff}). */
    public static final Duration SWEEP_RETRY_BACKOFF = Duration.ofSeconds(30);
}
