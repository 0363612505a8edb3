package cn.henan.cjrh.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Formatting helpers for templates ({@code ${@pageFormat.dateTime(x)}}): times are shown in Beijing time, as users
 * read them, whatever the server's zone.
 */
@Component("pageFormat")
public class PageFormat {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    public String dateTime(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZone(BEIJING));
    }

    public String time(Instant moment) {
        return moment == null ? "" : TIME.format(moment.atZone(BEIJING));
    }

    public String date(Instant moment) {
        return moment == null ? "" : DATE.format(moment.atZone(BEIJING));
    }

    /** Yuan with thousands separators and two decimals (fen), as the incentive amounts are: 12,345.60. */
    public String yuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A file size as people read it: bytes, KB or MB with one decimal. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
