package cn.henan.cjrh.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value the rules read instead of a literal (HOUSE-STYLE.md §5): a threshold, rate or amount for one jurisdiction
 * ({@code 410000} is province-wide). Values are numbers ({@link BigDecimal}) or text. Immutable, with JavaBean getters
 * so DRL can match on {@code key} and bind {@code intValue} or {@code decimalValue}.
 */
public final class Parameter {
    public static final String PROVINCE = "410000";

    private final String key;
    private final String jurisdictionCode;
    private final Object value;
    private final String unit;
    private final String source;

    @JsonCreator
    public Parameter(
            @JsonProperty("key") String key,
            @JsonProperty("jurisdictionCode") String jurisdictionCode,
            @JsonProperty("value") Object value,
            @JsonProperty("unit") String unit,
            @JsonProperty("source") String source) {
        this.key = Objects.requireNonNull(key, "key");
        this.jurisdictionCode = jurisdictionCode == null ? PROVINCE : jurisdictionCode;
        this.value = normalised(value);
        this.unit = unit;
        this.source = source;
    }

    public String getKey() {
        return key;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    /** A {@link BigDecimal} or a {@link String}. */
    public Object getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public String getSource() {
        return source;
    }

    @JsonIgnore
    public boolean isNumeric() {
        return value instanceof BigDecimal;
    }

    /** The value as a whole number; fails for a fraction (the parameter catalogue refuses those before publishing). */
    @JsonIgnore
    public int getIntValue() {
        return decimal().intValueExact();
    }

    @JsonIgnore
    public BigDecimal getDecimalValue() {
        return decimal();
    }

    @JsonIgnore
    public String getTextValue() {
        return value instanceof BigDecimal number ? number.toPlainString() : (String) value;
    }

    private BigDecimal decimal() {
        if (value instanceof BigDecimal number) {
            return number;
        }
        throw new IllegalStateException("参数 " + key + "（" + jurisdictionCode + "）不是数值：" + value);
    }

    private static Object normalised(Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Number number) { // Integer, Long, Double from JSON or YAML; toString keeps 0.015 exact
            return new BigDecimal(number.toString());
        }
        if (value instanceof String || value == null) {
            return value;
        }
        throw new IllegalArgumentException("参数值只能是数值或文本：" + value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameter that
                && key.equals(that.key)
                && jurisdictionCode.equals(that.jurisdictionCode)
                && Objects.equals(value, that.value)
                && Objects.equals(unit, that.unit)
                && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, jurisdictionCode, value, unit, source);
    }

    @Override
    public String toString() {
        return key + "@" + jurisdictionCode + "=" + getTextValue() + (unit == null ? "" : " " + unit);
    }
}
