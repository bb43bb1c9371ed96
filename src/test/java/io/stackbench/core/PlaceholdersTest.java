package io.stackbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void fillsEveryPlaceholderAndDropsLinesThatRenderEmpty() {
        String out = Placeholders.render("flask==3\n{{driver}}\nurl={{url}}\n", Map.of("driver", "", "url", "x://y"), "t");
        assertThat(out).isEqualTo("flask==3\nurl=x://y\n");
    }

    @Test
    void keepsALonePlaceholderLineThatRendersToText() {
        assertThat(Placeholders.render("{{driver}}", Map.of("driver", "psycopg==3"), "t")).isEqualTo("psycopg==3");
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNamingTheTemplate() {
        assertThatThrownBy(() -> Placeholders.render("{{nope}}", Map.of(), "requirements.txt.tmpl"))
                .hasMessageContaining("requirements.txt.tmpl").hasMessageContaining("nope");
    }
}
