package nl.wams.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `helm lint --strict` of every chart under helm/ (warnings fail too). */
class ChartLintTest {
  static List<String> charts() {
    return HelmCharts.chartNames();
  }

  @ParameterizedTest
  @MethodSource("charts")
  void lintsCleanly(String chart) {
    LintResult result = HelmCharts.lint(chart);

    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    assertThat(result.getMessages())
        .noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
  }
}
