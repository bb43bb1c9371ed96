package io.stackbench.gate;

import io.stackbench.core.StackBenchException;
import io.stackbench.verify.Requirements;
import io.stackbench.verify.Verifier;
import io.stackbench.verify.VerifyReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The static verifiers as a CI gate: the project's config file, rule levels and exceptions,
 * fingerprints, a baseline of accepted findings, and only the files changed since a git ref.
 */
public final class Gate {

    /** How long one git command of {@code --changed-since} may take. */
    public static final Duration GIT_TIMEOUT = Duration.ofSeconds(60);

    private final Verifier verifier;
    private final ChangedFiles changedFiles;

    public Gate() {
        this(new Verifier(), GIT_TIMEOUT);
    }

    Gate(Verifier verifier, Duration gitTimeout) {
        this.verifier = verifier;
        this.changedFiles = new ChangedFiles(gitTimeout);
    }

    public GateReport run(GateOptions options) {
        Path dir = options.dir();
        if (!Files.isDirectory(dir)) {
            throw StackBenchException.invalidInput("not a directory: " + dir);
        }
        GateConfig config = config(options);
        Requirements requirements = RequirementSources.resolve(options, config);
        VerifyReport raw = verifier.verify(dir, requirements, config.exclude());
        List<GateFinding> all = Fingerprints.of(dir, raw.findings());
        Policy.Outcome policed = Policy.of(config).apply(all);
        List<GateFinding> reported = policed.reported();
        List<Suppression> suppressed = new ArrayList<>(policed.suppressed());
        Optional<Path> baseline = options.baseline().or(config::baseline);

        if (options.updateBaseline()) {
            Path file = baseline.orElseThrow(() -> StackBenchException.invalidInput(
                    "--update-baseline needs --baseline FILE or 'baseline:' in the config file"));
            BaselineFile.write(file, reported);
            return new GateReport(rejudge(raw, reported), reported, suppressed, 0, 0, Optional.of(file));
        }
        int fixed = 0;
        // A baseline asked for on the command line must exist; the config file's may not yet, and
        // without it every finding is reported, which is never more lenient than with it.
        if (options.baseline().isEmpty() && baseline.isPresent() && !Files.exists(baseline.get())) {
            baseline = Optional.empty();
        }
        if (baseline.isPresent()) {
            Set<String> accepted = BaselineFile.read(baseline.get());
            List<GateFinding> fresh = new ArrayList<>();
            for (GateFinding f : reported) {
                if (accepted.contains(f.fingerprint())) {
                    suppressed.add(new Suppression(f, Suppression.Kind.BASELINE, "in the baseline " + baseline.get().getFileName()));
                } else {
                    fresh.add(f);
                }
            }
            Set<String> present = new HashSet<>();
            all.forEach(f -> present.add(f.fingerprint()));
            fixed = (int) accepted.stream().filter(fp -> !present.contains(fp)).count();
            reported = fresh;
        }
        int outside = 0;
        if (options.changedSince().isPresent()) {
            Set<String> changed = changedFiles.since(dir, options.changedSince().get());
            List<GateFinding> kept = reported.stream().filter(f -> ChangedFiles.keeps(changed, f.finding())).toList();
            outside = reported.size() - kept.size();
            reported = kept;
        }
        return new GateReport(rejudge(raw, reported), reported, suppressed, fixed, outside, Optional.empty());
    }

    /** The rule's docs page, as packaged in the jar from {@code docs/rules/}. */
    public String explain(String ruleId) {
        List<String> known = Verifier.catalogue().stream().map(Verifier.RuleDescription::id).toList();
        if (!known.contains(ruleId)) {
            throw StackBenchException.invalidInput("unknown rule '" + ruleId + "'; rules are " + String.join(", ", known));
        }
        try (InputStream page = Gate.class.getResourceAsStream("rules/" + ruleId + ".md")) {
            if (page == null) {
                throw StackBenchException.internal("the page of " + ruleId + " is missing from the jar", null);
            }
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page of " + ruleId, e);
        }
    }

    private static GateConfig config(GateOptions options) {
        if (options.noConfig()) {
            return GateConfig.NONE;
        }
        return options.config().or(() -> ConfigFiles.discover(options.dir())).map(ConfigFiles::load).orElse(GateConfig.NONE);
    }

    /**
     * The verdicts again, on the findings left: a verdict passes when none of them is an error;
     * one that could not judge still cannot.
     */
    static VerifyReport rejudge(VerifyReport raw, List<GateFinding> reported) {
        List<VerifyReport.Verdict> verdicts = new ArrayList<>();
        for (VerifyReport.Verdict v : raw.verdicts()) {
            verdicts.add(v.on(reported.stream().map(GateFinding::finding).filter(f -> f.verifier().equals(v.verifier())).toList()));
        }
        return new VerifyReport(raw.root(), verdicts, raw.files(), raw.lines(), raw.millis());
    }
}
