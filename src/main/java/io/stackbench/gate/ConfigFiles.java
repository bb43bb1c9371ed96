package io.stackbench.gate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.stackbench.core.StackBenchException;
import io.stackbench.verify.Database;
import io.stackbench.verify.Orm;
import io.stackbench.verify.Requirements;
import io.stackbench.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the project's config file ({@code .stackbench.yml}, {@code .stackbench.yaml} or {@code stackbench.toml}) and reads it. */
final class ConfigFiles {

    /** The names looked for, in this order, in each directory. */
    static final List<String> NAMES = List.of(".stackbench.yml", ".stackbench.yaml", "stackbench.toml");

    /** The file as written; every field may be absent. */
    record RawConfig(String architecture, String database, String orm, Map<String, List<String>> layers,
                     List<String> exclude, Map<String, Object> rules, List<RawException> exceptions, String baseline) {
    }

    /** One entry of {@code exceptions:} as written. */
    record RawException(String rule, List<String> paths, String reason) {
    }

    private ConfigFiles() {
    }

    /**
     * The config file that applies to {@code dir}: the first found in {@code dir} or a parent,
     * stopping at the repository's root (the first directory with {@code .git}) so a file
     * outside the project never applies.
     */
    static Optional<Path> discover(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            for (String name : NAMES) {
                if (Files.isRegularFile(d.resolve(name))) {
                    return Optional.of(d.resolve(name));
                }
            }
            if (Files.exists(d.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static GateConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw StackBenchException.invalidInput("config file " + file + " does not exist");
        }
        ObjectMapper mapper = file.getFileName().toString().endsWith(".toml") ? new TomlMapper() : new YAMLMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // "exclude: frontend/**" means the list of that one glob.
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        RawConfig raw;
        try {
            raw = mapper.readValue(file.toFile(), RawConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw StackBenchException.invalidInput(at(file, keyLine(file, String.valueOf(e.getPropertyName())).orElse(line(e.getLocation())))
                    + "unknown key '" + keyPath(e) + "'; known keys here: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            throw StackBenchException.invalidInput(at(file, line(e.getLocation())) + "key '" + keyPath(e) + "': " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw StackBenchException.invalidInput(at(file, line(e.getLocation())) + "not valid: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw StackBenchException.invalidInput("cannot read config file " + file + ": " + e.getMessage());
        }
        // An empty file is a config that changes nothing.
        return raw == null ? GateConfig.NONE.withSource(file) : check(file, raw);
    }

    private static GateConfig check(Path file, RawConfig raw) {
        if (raw.architecture() != null && !raw.architecture().equals("clean")) {
            throw StackBenchException.invalidInput(file + ": key 'architecture' takes 'clean', got '" + raw.architecture() + "'");
        }
        Optional<Database> database = Optional.ofNullable(raw.database()).map(id -> parse(file, "database", id, Database::fromId));
        Optional<Orm> orm = Optional.ofNullable(raw.orm()).map(id -> parse(file, "orm", id, Orm::fromId));
        Map<String, List<String>> layers = raw.layers() == null ? Map.of() : raw.layers();
        for (String layer : layers.keySet()) {
            if (!Requirements.LAYERS.contains(layer)) {
                throw StackBenchException.invalidInput(file + ": key 'layers." + layer + "': unknown layer; layers are " + Requirements.LAYERS);
            }
        }
        List<String> ruleIds = Verifier.catalogue().stream().map(Verifier.RuleDescription::id).toList();
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        if (raw.rules() != null) {
            raw.rules().forEach((rule, level) -> {
                knownRule(file, "rules." + rule, rule, ruleIds);
                rules.put(rule, RuleLevel.parse(level, file + ": key 'rules." + rule + "'"));
            });
        }
        List<AllowedFindings> exceptions = raw.exceptions() == null ? List.of() : exceptions(file, raw.exceptions(), ruleIds);
        Optional<Path> baseline = Optional.ofNullable(raw.baseline())
                .map(b -> file.toAbsolutePath().getParent().resolve(b).normalize());
        return new GateConfig(Optional.of(file), raw.architecture() != null, database, orm, layers,
                raw.exclude() == null ? List.of() : raw.exclude(), rules, exceptions, baseline);
    }

    private static List<AllowedFindings> exceptions(Path file, List<RawException> raw, List<String> ruleIds) {
        List<AllowedFindings> exceptions = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawException e = raw.get(i);
            String where = "exceptions[" + i + "]";
            if (e == null || e.rule() == null) {
                throw StackBenchException.invalidInput(file + ": key '" + where + ".rule' is required");
            }
            knownRule(file, where + ".rule", e.rule(), ruleIds);
            if (e.paths() == null || e.paths().isEmpty()) {
                throw StackBenchException.invalidInput(file + ": key '" + where + ".paths' is required: the globs where "
                        + e.rule() + " is allowed (e.g. app/reports/**)");
            }
            // An exception nobody can explain is a finding hidden, not a decision recorded.
            if (e.reason() == null || e.reason().isBlank()) {
                throw StackBenchException.invalidInput(file + ": key '" + where + ".reason' is required: say why "
                        + e.rule() + " is allowed in " + e.paths());
            }
            exceptions.add(new AllowedFindings(e.rule(), e.paths(), e.reason().strip()));
        }
        return exceptions;
    }

    private static void knownRule(Path file, String key, String rule, List<String> ruleIds) {
        if (!ruleIds.contains(rule)) {
            throw StackBenchException.invalidInput(file + ": key '" + key + "': unknown rule '" + rule + "'; rules are " + String.join(", ", ruleIds));
        }
    }

    private static <T> T parse(Path file, String key, String id, Function<String, T> fromId) {
        try {
            return fromId.apply(id);
        } catch (StackBenchException e) {
            throw StackBenchException.invalidInput(file + ": key '" + key + "': " + e.getMessage());
        }
    }

    private static String at(Path file, int line) {
        return line < 1 ? file + ": " : file + ":" + line + ": ";
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    /**
     * The line where {@code key} is written: Jackson's location is where it stopped reading,
     * which for YAML is often past the key's value.
     */
    private static Optional<Integer> keyLine(Path file, String key) {
        java.util.regex.Pattern written = java.util.regex.Pattern.compile(
                "^\\s*(?:-\\s*)?[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*[:=]");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (written.matcher(lines.get(i)).find()) {
                    return Optional.of(i + 1);
                }
            }
        } catch (IOException e) {
            // Then Jackson's location will do.
        }
        return Optional.empty();
    }

    private static String keyPath(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                key.append(key.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                key.append('[').append(ref.getIndex()).append(']');
            }
        }
        return key.toString();
    }
}
