package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Spring configuration reads version 1 from the classpath, where the build copies the repository's rules/. */
class RulesConfigurationTest {

    @Test
    void baselineOnTheClasspath_isTheRepositorysRulesFolder() {
        var fromClasspath = RulesConfiguration.baselineRuleset();
        var fromRepository = Ruleset.files();

        assertThat(fromClasspath.drl()).isEqualTo(fromRepository.drl());
        assertThat(fromClasspath.parameters()).isEqualTo(fromRepository.parameters());
        assertThat(fromClasspath.tests()).hasSameSizeAs(fromRepository.tests());
    }
}
