package io.stackbench.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedReplyTest {

    @Test
    void takesTheOneBashBlockAsTheCommand() {
        ParsedReply parsed = ParsedReply.parse("I will list files.\n\n```bash\nls -la\npwd\n```\n");
        assertThat(parsed.command()).contains("ls -la\npwd");
        assertThat(parsed.problem()).isEmpty();
    }

    @Test
    void otherFencesAndInlineBackticksAreNotCommands() {
        ParsedReply parsed = ParsedReply.parse("Output was `ok`.\n```python\nprint(1)\n```\n```bash\ncat > a.md <<'EOF'\nuse `x` here\nEOF\n```");
        assertThat(parsed.command()).contains("cat > a.md <<'EOF'\nuse `x` here\nEOF");
    }

    @Test
    void twoBlocksNoBlockAnEmptyBlockAndAnUnclosedBlockAreProblems() {
        assertThat(ParsedReply.parse("```bash\nls\n```\nthen\n```bash\npwd\n```").problem()).get().asString()
                .contains("2 ```bash blocks");
        assertThat(ParsedReply.parse("I think we are done.").problem()).get().asString().contains("no ```bash block");
        assertThat(ParsedReply.parse("```bash\n\n```").problem()).get().asString().contains("empty");
        assertThat(ParsedReply.parse("```bash\ncat > x <<'EOF'\nhalf").problem()).get().asString().contains("not closed");
    }

    @Test
    void windowsLineEndingsAndIndentedFencesStillParse() {
        assertThat(ParsedReply.parse("go\r\n  ```bash\r\necho hi\r\n  ```\r\n").command()).contains("echo hi");
    }
}
