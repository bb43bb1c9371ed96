package io.stackbench.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgeReplyTest {

    @Test
    void aBareObjectIsRead() {
        assertThat(JudgeReply.parse("m", "{\"category\": \"stuck_in_loop\", \"subcategory\": null, \"reasoning\": \"Same command.\"}"))
                .isEqualTo(new Diagnosis.JudgeOpinion("m", Category.STUCK_IN_LOOP, Optional.empty(), "Same command."));
    }

    @Test
    void anObjectInAFenceOrAmongWordsIsRead() {
        assertThat(JudgeReply.parse("m", "```json\n{\"category\": \"logic_error\", \"subcategory\": \"auth_misconfiguration\"}\n```")
                .subcategory()).contains(Subcategory.AUTH_MISCONFIGURATION);
        assertThat(JudgeReply.parse("m", "I think {\"category\": \"Schema Format Error\", \"reasoning\": \"wrapper\"} fits.").category())
                .isEqualTo(Category.SCHEMA_FORMAT_ERROR);
    }

    @Test
    void aSubcategoryBesideAnotherCategoryThanLogicErrorIsDropped() {
        assertThat(JudgeReply.parse("m", "{\"category\": \"unknown\", \"subcategory\": \"unknown\"}").subcategory()).isEmpty();
    }

    @Test
    void unknownIdsAndAnswersWithoutJsonAreErrors() {
        assertThatThrownBy(() -> JudgeReply.parse("m", "{\"category\": \"logic_error\", \"subcategory\": \"typo\"}"))
                .hasMessageContaining("unknown subcategory 'typo'");
        assertThatThrownBy(() -> JudgeReply.parse("m", "It is a logic error.")).hasMessageContaining("no JSON object");
        assertThatThrownBy(() -> JudgeReply.parse("m", "{\"category\": logic_error}")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JudgeReply.parse("m", "{\"verdict\": \"logic_error\"}")).hasMessageContaining("no \"category\"");
    }
}
