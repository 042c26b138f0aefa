package io.mwportal.statistics;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.platform.web.PublicRead;
import io.mwportal.statistics.StatisticsViews.JobStatistics;
import io.mwportal.statistics.StatisticsViews.LegalAidStatistics;
import io.mwportal.statistics.StatisticsViews.ResidencePermitStatistics;
import io.mwportal.statistics.StatisticsViews.TrainingStatistics;
import io.mwportal.statistics.StatisticsViews.WageComplaintStatistics;
import io.mwportal.statistics.StatisticsViews.WageReportStatistics;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Figures of the services (seed measure 18), as JSON or CSV")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    Clock clock;

    @GET
    @Path("/wage-complaints")
    @PermitAll
    @PublicRead
    @Produces({ MediaType.APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE })
    @Operation(summary = "Wage complaints by office and month", description = "Filed, accepted, refused by reason, "
            + "resolved by outcome, withdrawn, overdue now, decided within the acceptance clock, median and 90th "
            + "percentile days to acceptance and to the outcome, amounts owed and recovered; by handling office and "
            + "month of filing (default: the last 12 months). The public sees counts of 5 or more only (smaller ones, "
            + "and any that would give them away, are withheld) and no amounts; analysts and administrators see "
            + "everything, a labour inspector everything of their own office (a city-level one of every office). "
            + "`Accept: text/csv` for a spreadsheet (UTF-8 with BOM). Rebuilt every few minutes (`computedAt`).")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WageComplaintStatistics.class)),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "CSV (RFC 4180), UTF-8 with a byte-order mark")) })
    public Response wageComplaints(@Valid @BeanParam StatisticsQuery query, @Context HttpHeaders headers) {
        WageComplaintStatistics figures = statistics.wageComplaints(query.first(clock), query.last(clock),
                query.district);
        return answer(figures, () -> StatisticsCsv.of(figures), headers);
    }

    @GET
    @Path("/wage-reports")
    @PermitAll
    @PublicRead
    @Produces({ MediaType.APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE })
    @Operation(summary = "Anonymous wage-arrears reports by office and month", description = "Received, workers "
            + "said to be affected, cases opened ex officio, closed by reason, pending, median and 90th percentile "
            + "days to handling; by handling office and month received (default: the last 12 months). Who sees what, "
            + "withheld figures and CSV as for the complaints' statistics.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WageReportStatistics.class)),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "CSV (RFC 4180), UTF-8 with a byte-order mark")) })
    public Response wageReports(@Valid @BeanParam StatisticsQuery query, @Context HttpHeaders headers) {
        WageReportStatistics figures = statistics.wageReports(query.first(clock), query.last(clock), query.district);
        return answer(figures, () -> StatisticsCsv.of(figures), headers);
    }

    @GET
    @Path("/jobs")
    @PermitAll
    @PublicRead
    @Produces({ MediaType.APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE })
    @Operation(summary = "Vacancies by district, month and occupation group", description = "Vacancies published, "
            + "places offered, median minimum monthly pay offered (day and hour pay converted) and applications; by "
            + "district, month posted and major group of 职业分类大典 (default: the last 12 months). Vacancies are "
            + "public; the public sees application counts of 5 or more only (job centres: every count of their own "
            + "district). CSV as for the other statistics.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobStatistics.class)),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "CSV (RFC 4180), UTF-8 with a byte-order mark")) })
    public Response jobs(@Valid @BeanParam StatisticsQuery query, @Context HttpHeaders headers) {
        JobStatistics figures = statistics.jobs(query.first(clock), query.last(clock), query.district);
        return answer(figures, () -> StatisticsCsv.of(figures), headers);
    }

    @GET
    @Path("/legal-aid")
    @PermitAll
    @PublicRead
    @Produces({ MediaType.APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE })
    @Operation(summary = "Legal-aid requests by office and month", description = "Requests by matter type, approved "
            + "and refused (by the first decision; refusals by reason), granted provisionally, objections and aid "
            + "ordered on them, lawyers assigned, outcomes, withdrawn, overdue now, decided within the 7-working-day "
            + "clock, median and 90th percentile days to the decision and from approval to a lawyer, amounts claimed "
            + "and obtained; by handling office and month applied (default: the last 12 months). Legal-aid officers "
            + "see everything of their own office; otherwise who sees what, withheld figures and CSV as for the "
            + "complaints' statistics.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LegalAidStatistics.class)),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "CSV (RFC 4180), UTF-8 with a byte-order mark")) })
    public Response legalAid(@Valid @BeanParam StatisticsQuery query, @Context HttpHeaders headers) {
        LegalAidStatistics figures = statistics.legalAid(query.first(clock), query.last(clock), query.district);
        return answer(figures, () -> StatisticsCsv.of(figures), headers);
    }

    @GET
    @Path("/residence-permits")
    @PermitAll
    @PublicRead
    @Produces({ MediaType.APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE })
    @Operation(summary = "Residence-permit applications by office and month", description = "Applications, "
            + "accepted, refused by reason, issued, collected, withdrawn, pending, overdue now, issued within the "
            + "issue clock, median and 90th percentile days to acceptance and from acceptance to issue; by handling "
            + "office and month applied (default: the last 12 months). Residence officers see everything of their "
            + "own office; otherwise who sees what, withheld figures and CSV as for the complaints' statistics.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResidencePermitStatistics.class)),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "CSV (RFC 4180), UTF-8 with a byte-order mark")) })
    public Response residencePermits(@Valid @BeanParam StatisticsQuery query, @Context HttpHeaders headers) {
        ResidencePermitStatistics figures = statistics.residencePermits(query.first(clock), query.last(clock),
                query.district);
        return answer(figures, () -> StatisticsCsv.of(figures), headers);
    }

    @GET
    @Path("/training")
    @PermitAll
    @PublicRead
    @Produces({ MediaType.APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE })
    @Operation(summary = "Training by office, month and occupation group", description = "Enrolments (holding or "
            + "having held a seat), completions, waitlisted now, subsidies approved and their amount; by the course's "
            + "office, month enrolled and major group of 职业分类大典 (default: the last 12 months), with the city's "
            + "yearly target and the progress of the year the period ends in. Training officers see everything of "
            + "their own office; otherwise who sees what, withheld figures and CSV as for the complaints' "
            + "statistics.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TrainingStatistics.class)),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "CSV (RFC 4180), UTF-8 with a byte-order mark")) })
    public Response training(@Valid @BeanParam StatisticsQuery query, @Context HttpHeaders headers) {
        TrainingStatistics figures = statistics.training(query.first(clock), query.last(clock), query.district);
        return answer(figures, () -> StatisticsCsv.of(figures), headers);
    }

    private static Response answer(Object figures, Supplier<String> csv, HttpHeaders headers) {
        if (wantsCsv(headers.getAcceptableMediaTypes())) {
            return Response.ok(csv.get(), StatisticsCsv.MEDIA_TYPE + ";charset=UTF-8").build();
        }
        return Response.ok(figures, MediaType.APPLICATION_JSON).build();
    }

    /** CSV when the caller prefers it to JSON (the acceptable types come in order of preference). */
    private static boolean wantsCsv(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(StatisticsCsv.MEDIA_TYPE))) {
                return true;
            }
        }
        return false;
    }
}
