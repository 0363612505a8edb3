package cn.henan.cjrh.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.henan.cjrh.application.ApplicationForm;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The form is the JSON contract of DESIGN.md §5a. */
class ApplicationFormJsonTest {
    private final JsonMapper json =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void designExample_reads() throws Exception {
        var form = json.readValue(
                """
                {"basic": {"registeredInHenanSince": "2019-05-10", "independentLegalPerson": true},
                 "workforce": {"annualPayroll": 96000000.00},
                 "participation": {"runsSchool": "MAJOR_CO_FOUNDER", "apprenticeshipPilotLevel": "PROVINCIAL",
                   "cooperations": [{"schoolName": "周口职业技术学院", "schoolKind": "VOCATIONAL", "sinceYear": 2021}]},
                 "investments": [{"year": 2025, "qualifyingInvestment": 2000000.00}],
                 "compliance": {"majorIncidents": [{"kind": "SAFETY", "date": "2021-03-02"}], "revokedOn": null}}
                """,
                ApplicationForm.class);

        assertThat(form.basic().registeredInHenanSince()).isEqualTo(LocalDate.of(2019, 5, 10));
        assertThat(form.workforce().annualPayroll()).isEqualByComparingTo(new BigDecimal("96000000.00"));
        assertThat(form.participation().runsSchool()).isEqualTo(ApplicationForm.RunsSchool.MAJOR_CO_FOUNDER);
        assertThat(form.participation().cooperations()).singleElement().satisfies(c -> assertThat(c.sinceYear())
                .isEqualTo(2021));
        assertThat(form.compliance().majorIncidents()).singleElement().satisfies(i -> assertThat(i.kind())
                .isEqualTo(ApplicationForm.IncidentKind.SAFETY));
    }

    @Test
    void draft_mayLeaveEverythingOut_andListsAreEmpty() throws Exception {
        var form = json.readValue("{\"participation\": {}, \"compliance\": {}}", ApplicationForm.class);

        assertThat(form.basic()).isNull();
        assertThat(form.investments()).isEmpty();
        assertThat(form.participation().cooperations()).isEmpty();
        assertThat(form.compliance().majorIncidents()).isEmpty();
    }

    @Test
    void unknownEnumValue_isRefusedNamingTheField() {
        assertThatThrownBy(() ->
                        json.readValue("{\"participation\": {\"runsSchool\": \"SOMETIMES\"}}", ApplicationForm.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("runsSchool");
    }
}
