package cn.henan.cjrh.rules.eligibility;

import cn.henan.cjrh.application.ApplicationForm.IncidentKind;
import cn.henan.cjrh.application.ApplicationForm.MajorIncident;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/** One declared major environmental, safety or quality incident (重大环保、安全、质量事故). */
public final class MajorIncidentFacts {
    private final int position;
    private final LocalDate asOf;
    private final String kind;
    private final LocalDate date;
    private final String description;

    /** @param position 1-based place in {@code compliance.majorIncidents}, for messages */
    public MajorIncidentFacts(int position, MajorIncident incident, LocalDate asOf) {
        this.position = position;
        this.asOf = asOf;
        this.kind = incident.kind() == null ? null : incident.kind().name();
        this.date = incident.date();
        this.description = incident.description();
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** {@code ENVIRONMENTAL}, {@code SAFETY}, {@code QUALITY} or {@code null}. */
    public String getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDescription() {
        return description;
    }

    /** "2024-03-02 重大安全事故（…）". */
    public String getSummary() {
        var text = (date == null ? "日期未填写的" : date + " ") + "重大" + kindLabel() + "事故";
        return description == null || description.isBlank() ? text : text + "（" + description.strip() + "）";
    }

    /** The summaries of several incidents, joined for a message. */
    public static String summaries(Collection<?> incidents) {
        return incidents.stream()
                .map(MajorIncidentFacts.class::cast)
                .sorted(Comparator.comparing(MajorIncidentFacts::getPosition))
                .map(MajorIncidentFacts::getSummary)
                .collect(Collectors.joining("；"));
    }

    /**
     * The first assessment date on which none of these incidents is inside a look-back of {@code years}: the day when
     * {@code date <= asOf.minusYears(years)} holds for the latest (29 February counts one day longer, since
     * {@code minusYears} takes 29 February back to 28 February).
     */
    public static LocalDate outsideLookBackFrom(Collection<?> incidents, int years) {
        var latest = incidents.stream()
                .map(MajorIncidentFacts.class::cast)
                .map(MajorIncidentFacts::getDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        var day = latest.plusYears(years);
        return day.minusYears(years).isBefore(latest) ? day.plusDays(1) : day;
    }

    private String kindLabel() {
        if (kind == null) {
            return "";
        }
        return switch (IncidentKind.valueOf(kind)) {
            case ENVIRONMENTAL -> "环保";
            case SAFETY -> "安全";
            case QUALITY -> "质量";
        };
    }
}
