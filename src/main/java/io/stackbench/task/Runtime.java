package io.stackbench.task;

/** The language runtime a framework runs on. */
public enum Runtime {
    PYTHON("python", "requirements.txt"),
    NODE("node", "package.json");

    private final String id;
    private final String manifest;

    Runtime(String id, String manifest) {
        this.id = id;
        this.manifest = manifest;
    }

    public String id() {
        return id;
    }

    /** The dependency manifest every solution on this runtime must ship. */
    public String manifest() {
        return manifest;
    }
}
