package cn.henan.cjrh.web.pages.studio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formatting for the studio templates ({@code ${@studioFormat.yuan(x)}}). */
@Component("studioFormat")
public class StudioFormat {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** An amount in yuan with thousands separators and a sign: {@code +5,000.00}, {@code -12,000.00}. */
    public String signedYuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        var text = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount.setScale(2, RoundingMode.HALF_UP));
        return amount.signum() > 0 ? "+" + text : text;
    }

    /** A share 0–1 as a whole percentage for a progress bar. */
    public int percent(double share) {
        return (int) Math.floor(Math.max(0, Math.min(1, share)) * 100);
    }
}
