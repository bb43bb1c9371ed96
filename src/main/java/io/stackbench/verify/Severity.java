package io.stackbench.verify;

/** How bad a finding is; {@code verify} exits 1 when any finding is an {@link #ERROR}. */
public enum Severity {
    ERROR("error"), WARNING("warning"), NOTE("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    public String sarifLevel() {
        return sarifLevel;
    }
}
