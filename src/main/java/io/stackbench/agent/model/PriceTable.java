package io.stackbench.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Resources;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Model prices: the built-in {@code prices.json} (list prices when it was written), extended and
 * overridden by a user's file of the same shape, {@code {"MODEL": {"input": USD, "output": USD}}}
 * per million tokens. Keys starting with {@code _} are comments.
 */
public final class PriceTable {

    /** A dated snapshot suffix, {@code -20250514} or {@code -2024-08-06}, which prices like its alias. */
    private static final Pattern DATE_SUFFIX = Pattern.compile("-(\\d{8}|\\d{4}-\\d{2}-\\d{2})$");

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** The built-in table with {@code overrides} applied. */
    public static PriceTable load(Optional<Path> overrides) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Price> prices = new HashMap<>(parse(json, Resources.text(PriceTable.class, "prices.json"), "built-in prices.json"));
        if (overrides.isPresent()) {
            Path file = overrides.get();
            try {
                prices.putAll(parse(json, Files.readString(file), file.toString()));
            } catch (IOException e) {
                throw StackBenchException.invalidInput("cannot read the price table " + file + ": " + e.getMessage());
            }
        }
        return new PriceTable(prices);
    }

    /**
     * The price of {@code model}: its own entry, else that of its undated alias. Nothing fuzzier:
     * a wrong price would misreport cost and misplace the cost limit, an absent one is said so.
     */
    public Optional<Price> lookup(String model) {
        Price exact = prices.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        String undated = DATE_SUFFIX.matcher(model).replaceFirst("");
        return Optional.ofNullable(prices.get(undated));
    }

    private static Map<String, Price> parse(ObjectMapper json, String text, String source) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (IOException e) {
            throw StackBenchException.invalidInput("the price table " + source + " is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw StackBenchException.invalidInput("the price table " + source + " must be a JSON object of models");
        }
        Map<String, Price> out = new HashMap<>();
        root.properties().forEach(entry -> {
            if (entry.getKey().startsWith("_")) {
                return;
            }
            JsonNode input = entry.getValue().path("input");
            JsonNode output = entry.getValue().path("output");
            if (!input.isNumber() || !output.isNumber() || input.asDouble() < 0 || output.asDouble() < 0) {
                throw StackBenchException.invalidInput("the price table " + source + " gives model '" + entry.getKey()
                        + "' no valid price; expected {\"input\": USD per 1M tokens, \"output\": USD per 1M tokens}");
            }
            out.put(entry.getKey(), new Price(input.asDouble(), output.asDouble()));
        });
        return out;
    }
}
