package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JurisdictionChainTest {
    private final JurisdictionChain chain = JurisdictionChain.gbT2260();

    @Test
    void county_goesThroughItsCityToTheProvince() {
        assertThat(chain.chainOf("411602")).containsExactly("411602", "411600", "410000");
    }

    @Test
    void provinceAdministeredCounty_keepsItsGbT2260ParentCity() {
        assertThat(chain.chainOf("411628")).containsExactly("411628", "411600", "410000");
    }

    @Test
    void jiyuan_isItsOwnCity() {
        assertThat(chain.chainOf("419001")).containsExactly("419001", "410000");
    }

    @Test
    void cityAndProvince() {
        assertThat(chain.chainOf("410100")).containsExactly("410100", "410000");
        assertThat(chain.chainOf("410000")).containsExactly("410000");
    }

    @Test
    void codeOutsideHenan_isRefused() {
        assertThatThrownBy(() -> chain.chainOf("110101")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chain.chainOf("41160")).isInstanceOf(IllegalArgumentException.class);
    }
}
