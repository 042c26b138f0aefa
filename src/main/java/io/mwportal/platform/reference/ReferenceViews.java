package io.mwportal.platform.reference;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the reference data (never the entities themselves). */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    @Schema(name = "Jurisdiction")
    public record JurisdictionView(
            @Schema(examples = "210702") String code,
            @Schema(examples = "古塔区") String nameZh,
            @Schema(examples = "Guta District") String nameEn,
            JurisdictionLevel level,
            @Schema(examples = "210700") String parentCode) {

        static JurisdictionView of(Jurisdiction j) {
            return new JurisdictionView(j.code, j.nameZh, j.nameEn, j.level, j.parentCode);
        }
    }

    @Schema(name = "JurisdictionCreateRequest", examples = """
            {"code": "210771", "nameZh": "锦州经济技术开发区", "nameEn": "Jinzhou Economic and Technological Development Zone",
             "level": "DEVELOPMENT_ZONE", "parentCode": "210700"}""")
    public record JurisdictionCreateRequest(
            @NotNull @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String code,
            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 200) String nameEn,
            @NotNull JurisdictionLevel level,
            @NotNull @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String parentCode) {
    }

    @Schema(name = "JurisdictionUpdateRequest", examples = """
            {"nameZh": "锦州经济技术开发区", "nameEn": "Jinzhou Economic and Technological Development Zone"}""")
    public record JurisdictionUpdateRequest(
            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 200) String nameEn) {
    }

    @Schema(name = "Department")
    public record DepartmentView(
            @Schema(examples = "HRSS") String code,
            @Schema(examples = "市人社局") String nameZh,
            @Schema(examples = "Municipal Human Resources and Social Security Bureau") String nameEn) {

        static DepartmentView of(Department d) {
            return new DepartmentView(d.code, d.nameZh, d.nameEn);
        }
    }

    @Schema(name = "PolicyMeasure", description = "A measure of the city's policy document and who is responsible")
    public record MeasureView(
            @Schema(examples = "4") int number,
            String titleZh,
            String titleEn,
            String summaryZh,
            String summaryEn,
            @Schema(description = "The portal service that puts the measure online, or INFORMATION",
                    examples = "WAGES") String portalService,
            List<DepartmentView> leadDepartments,
            List<DepartmentView> cooperatingDepartments) {

        static MeasureView of(Measure m) {
            return new MeasureView(m.number, m.titleZh, m.titleEn, m.summaryZh, m.summaryEn, m.portalService,
                    departments(m, "LEAD"), departments(m, "COOPERATING"));
        }

        private static List<DepartmentView> departments(Measure m, String role) {
            return m.departments.stream().filter(d -> d.role.equals(role))
                    .map(d -> DepartmentView.of(d.department)).toList();
        }
    }

    @Schema(name = "Occupation", description = "An occupation of 职业分类大典")
    public record OccupationView(@Schema(examples = "6-18-02-04") String code, @Schema(examples = "焊工") String name,
            @Schema(description = "1-8: the major group (大类)") int majorGroup,
            @Schema(examples = "2022") String edition) {

        static OccupationView of(Occupation o) {
            return new OccupationView(o.code, o.nameZh, o.majorGroup, o.edition);
        }
    }
}
