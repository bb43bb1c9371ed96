package io.stackbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads text resources shipped inside the StackBench jar. */
public final class Resources {

    private Resources() {
    }

    /** The resource at {@code name}, relative to {@code anchor}'s package; a missing one is a packaging bug. */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw StackBenchException.internal("resource " + name + " is missing next to " + anchor.getName(), null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
