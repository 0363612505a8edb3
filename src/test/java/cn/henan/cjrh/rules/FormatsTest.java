package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({
        "1500000, '1,500,000.00 元'",
        "0, '0.00 元'",
        "0.005, '0.01 元'",
        "-0.004, '0.00 元'",
        "999.995, '1,000.00 元'",
        "-1234567.891, '-1,234,567.89 元'",
        "123, '123.00 元'",
        "1E+3, '1,000.00 元'"
    })
    void yuan_roundsHalfUpToFenWithThousandsSeparators(BigDecimal amount, String expected) {
        assertThat(Formats.yuan(amount)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "23.20, 23.2",
        "1200, '1,200'",
        "0.015, 0.015",
        "0.000, 0",
        "1E+4, '10,000'",
        "-1234.5, '-1,234.5'",
        "0.123456789012, 0.123456789"
    })
    void plain_dropsTrailingZerosAndGroupsThousands(BigDecimal number, String expected) {
        assertThat(Formats.plain(number)).isEqualTo(expected);
    }

    @Test
    void percent_cutsToTwoDecimals() {
        assertThat(Formats.percent(new BigDecimal("0.0149999"))).isEqualTo("1.49%");
        assertThat(Formats.percent(new BigDecimal("0.015"))).isEqualTo("1.5%");
        assertThat(Formats.percent(new BigDecimal("0.6"))).isEqualTo("60%");
    }

    @Test
    void yuanAndPlain_printWhatDecimalFormatPrinted() {
        var yuan = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        var plain = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        var random = new Random(20261123);
        for (int i = 0; i < 20_000; i++) {
            var number = new BigDecimal(new BigInteger(random.nextInt(60) + 1, random), random.nextInt(16) - 3);
            if (random.nextBoolean()) {
                number = number.negate();
            }
            assertThat(Formats.yuan(number))
                    .as("yuan(%s)", number)
                    .isEqualTo(yuan.format(number.setScale(2, RoundingMode.HALF_UP)) + " 元");
            assertThat(Formats.plain(number)).as("plain(%s)", number).isEqualTo(plain.format(number));
        }
    }
}
