package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.eval.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPartsTest {

    @Test
    void aRunUnfoldsIntoItsOperationsEachWithPassedOverTotalAndABar() {
        RunResult run = SyntheticRun.greenfield("flask-openapi-unconstrained").assertions(9, 10)
                .operations("CreateArticle", 5, 6, "Login", 4, 4).build();
        String cell = RunParts.cell(run);
        assertThat(cell).contains("<details><summary>1/2 operations pass</summary>",
                "<span class=\"part\">CreateArticle</span><span class=\"meter\"><span style=\"width:83.3%;background:hsl(100, 70%, 67%)\">"
                        + "</span></span>5/6 (83.3%)</li>",
                "<span class=\"part\">Login</span>", "4/4 (100.0%)");
    }

    @Test
    void aFeatureRunShowsItsOwnAndRestFirstAndIsFoundByItsRemovedFeatureNotByOperationNames() {
        RunResult run = SyntheticRun.feature("flask-feature-comments", "flask", "comments").ownAndRest(7, 10, 88, 90)
                .operations("GetArticleComments", 5, 6, "Login", 4, 4).build();
        String cell = RunParts.cell(run);
        assertThat(cell).contains("data-filter-text=\"feature comments\"", "<summary>1/2 operations pass · own 70.0 · rest 97.8</summary>",
                "<li class=\"own\"><span class=\"part\">own: comments</span>", "7/10 (70.0%)", "88/90 (97.8%)");
        assertThat(cell.indexOf("own: comments")).isLessThan(cell.indexOf("GetArticleComments"));
    }

    @Test
    void aRunWithoutCountsByOperationSaysSo() {
        assertThat(RunParts.cell(SyntheticRun.greenfield("flask-openapi-unconstrained").build())).isEqualTo("<td class=\"label parts\">n/a</td>");
    }

    @Test
    void theRunTableKeepsOneRowPerRunWithTheOperationsFoldedInIt(@TempDir Path tree) {
        SyntheticRun.greenfield("flask-openapi-unconstrained").operations("CreateArticle", 5, 6, "Login", 4, 4).write(tree, "cmd/m", 1);
        SyntheticRun.feature("flask-feature-tags", "flask", "tags").ownAndRest(1, 2, 3, 3).operations("GetTags", 1, 2).write(tree, "cmd/m", 1);
        String html = ReportFormat.HTML.render(Fixtures.report(tree, List.of()), new RunLinks(tree));
        String body = html.substring(html.indexOf("<tbody>", html.indexOf("<table id=\"runs\"")));
        assertThat(Pattern.compile("<tr>").matcher(body).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("<details>").matcher(body).results().count()).isEqualTo(2);
        assertThat(html).contains("<th class=\"label\">assertions by operation</th><th class=\"label\">files</th>");
    }
}
