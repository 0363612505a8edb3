package cn.henan.cjrh.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.rules.Ruleset;
import cn.henan.cjrh.rules.RulesetFiles;
import cn.henan.cjrh.rules.RulesetMessage;
import cn.henan.cjrh.rules.RulesetRejectedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compiler and its sandbox: every problem with its file and line; nothing outside the fact packages. */
class RulesetCompilerTest {
    private static final String HEADER =
            """
            package cn.henan.cjrh.rules.eligibility;

            import function cn.henan.cjrh.rules.runtime.Findings.met;
            """;

    private final RulesetCompiler compiler = new RulesetCompiler();

    @Test
    void syntaxError_isReportedWithFileAndLine() {
        var source = HEADER
                + """
                rule "X01 Broken"
                    @clause("X01") @severity("ADVISORY") @source("测试")
                  when
                    EnterpriseFacts( registeredInHenanSince == )
                  then
                    insert( met( drools.getRule(), "x" ) );
                end
                """;

        var messages = rejected(Map.of("eligibility/X01-broken.drl", source));

        assertThat(messages).isNotEmpty().allSatisfy(message -> assertThat(message.file())
                .isEqualTo("eligibility/X01-broken.drl"));
        assertThat(messages).anySatisfy(message -> assertThat(message.line()).isEqualTo(7));
    }

    @Test
    void forbiddenImport_isRefusedNamingIt() {
        var source = HEADER.replace("import function", "import java.io.File;\nimport function")
                + """
                rule "X01 Reads a file"
                    @clause("X01") @severity("ADVISORY") @source("测试")
                  when
                  then
                    insert( met( drools.getRule(), "x" ) );
                end
                """;

        var messages = rejected(Map.of("eligibility/X01-file.drl", source));

        assertThat(messages).anySatisfy(message -> {
            assertThat(message.text()).contains("java.io.File");
            assertThat(message.line()).isEqualTo(3);
        });
    }

    @Test
    void forbiddenCall_isRefusedNamingIt() {
        var source = HEADER
                + """
                rule "X01 Stops the server"
                    @clause("X01") @severity("ADVISORY") @source("测试")
                  when
                  then
                    System.exit(0);
                end
                """;

        var messages = rejected(Map.of("eligibility/X01-exit.drl", source));

        assertThat(messages).anySatisfy(message -> {
            assertThat(message.text()).contains("System");
            assertThat(message.line()).isEqualTo(8);
        });
        assertThat(messages).anySatisfy(message -> assertThat(message.text()).contains("exit"));
    }

    @Test
    void runtimeAndQualifiedNames_areRefusedToo() {
        var source = HEADER
                + """
                rule "X01 Escapes"
                    @clause("X01") @severity("ADVISORY") @source("测试")
                  when
                  then
                    Runtime.getRuntime();
                    new java.io.File("/tmp/x").delete();
                    String s = "System.exit(0) in a string is only text";
                end
                """;

        var texts = rejected(Map.of("eligibility/X01-escape.drl", source)).stream()
                .map(RulesetMessage::text)
                .toList();

        assertThat(texts).anyMatch(text -> text.contains("Runtime"));
        assertThat(texts).anyMatch(text -> text.contains("java.io.File"));
        assertThat(texts).noneMatch(text -> text.contains("exit"));
    }

    @Test
    void badParameters_areRefused() {
        var files = Ruleset.files();
        var parameters = new java.util.ArrayList<>(files.parameters());
        parameters.add(new cn.henan.cjrh.rules.Parameter("workforce.unknownKey", "410000", 1, "count", "测试"));
        parameters.add(new cn.henan.cjrh.rules.Parameter("workforce.frontlineShareMin", "410300", 60, "ratio", "测试"));

        assertThatThrownBy(() -> compiler.compile(9, new RulesetFiles(files.drl(), parameters, List.of())))
                .isInstanceOf(RulesetRejectedException.class)
                .hasMessageContaining("workforce.unknownKey")
                .hasMessageContaining("0 到 1 之间");
    }

    @Test
    void ruleWithoutMetadata_isRefused() {
        var source = HEADER
                + """
                rule "X01 No metadata"
                  when
                  then
                    insert( met( drools.getRule(), "x" ) );
                end
                """;

        assertThat(rejected(Map.of("eligibility/X01-bare.drl", source)))
                .anySatisfy(message -> assertThat(message.text()).contains("@source"));
    }

    @Test
    void aRuleReadingAnotherRulesConclusion_isRefused() {
        var source = HEADER
                + """
                import cn.henan.cjrh.rules.Finding;

                rule "X01 Follows E01"
                    @clause("X01") @severity("ADVISORY") @source("测试来源")
                  when
                    Finding( clause == "E01" )
                  then
                    insert( met( drools.getRule(), "x" ) );
                end

                rule "X01 No incentive yet"
                    @clause("X01") @severity("ADVISORY") @source("测试来源")
                  when
                    not cn.henan.cjrh.rules.IncentiveItem()
                  then
                    insert( met( drools.getRule(), "x" ) );
                end
                """;

        assertThat(rejected(Map.of("eligibility/X01-follows.drl", source)))
                .extracting(RulesetMessage::text)
                .anySatisfy(text -> assertThat(text).contains("X01 Follows E01", "不得读取其他规则的结论"))
                .anySatisfy(text -> assertThat(text).contains("X01 No incentive yet", "IncentiveItem"));
    }

    @Test
    void findingsAndItems_carryTheirRulesMetadata() {
        var eligibility = HEADER
                + """
                rule "X01 Always"
                    @clause("X01") @severity("PARTICIPATION") @source("测试来源 第一条")
                  when
                  then
                    insert( met( drools.getRule(), "满足" ) );
                end
                """;
        var incentives =
                """
                package cn.henan.cjrh.rules.incentives;

                import function cn.henan.cjrh.rules.runtime.IncentiveItems.unquantified;

                rule "X_ITEM Always"
                    @pillar("CREDIT") @code("X_ITEM") @title("测试项目") @jurisdiction("河南省") @source("测试来源 第二条")
                  when
                  then
                    insert( unquantified( drools.getRule(), "依据" ) );
                end
                """;
        var files = new RulesetFiles(
                Map.of("eligibility/X01-always.drl", eligibility, "incentives/x-item.drl", incentives),
                Ruleset.files().parameters(),
                List.of());

        var evaluation = compiler.compile(9, files).evaluate(List.of());

        assertThat(evaluation.findings())
                .containsExactly(new cn.henan.cjrh.rules.Finding(
                        "X01",
                        cn.henan.cjrh.rules.FindingStatus.MET,
                        cn.henan.cjrh.rules.Severity.PARTICIPATION,
                        "满足",
                        "测试来源 第一条",
                        null));
        assertThat(evaluation.incentives()).singleElement().satisfies(item -> {
            assertThat(item.pillar()).isEqualTo(cn.henan.cjrh.rules.Pillar.CREDIT);
            assertThat(item.code()).isEqualTo("X_ITEM");
            assertThat(item.title()).isEqualTo("测试项目");
            assertThat(item.jurisdiction()).isEqualTo("河南省");
            assertThat(item.source()).isEqualTo("测试来源 第二条");
            assertThat(item.amount()).isNull();
        });
        assertThat(compiler.compile(9, files).rules())
                .allSatisfy(rule -> assertThat(rule.metadata()).doesNotContainKey(RuleMetadata.HEADER));
    }

    private List<RulesetMessage> rejected(Map<String, String> drl) {
        var files = new RulesetFiles(drl, Ruleset.files().parameters(), List.of());
        try {
            compiler.compile(9, files);
        } catch (RulesetRejectedException e) {
            return e.messages();
        }
        throw new AssertionError("the ruleset compiled, but should have been refused");
    }
}
