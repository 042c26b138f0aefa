package io.mwportal.wages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.mwportal.casework.AttachmentService;
import io.mwportal.casework.CaseService;
import io.mwportal.casework.CaseViews.AttachmentView;
import io.mwportal.casework.CaseViews.HistoryView;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.mwportal.wages.WageViews.ActionRequest;
import io.mwportal.wages.WageViews.WageComplaintRequest;
import io.mwportal.wages.WageViews.WageComplaintSummary;
import io.mwportal.wages.WageViews.WageComplaintView;

@Path("/api/v1/wage-complaints")
@Tag(name = "Wage-arrears complaints", description = "Workers file and follow complaints; labour inspectors handle them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.WORKER, Roles.LABOUR_INSPECTOR })
public class WageComplaintResource {

    /** Tracking numbers look like WC-2026-7K3M-9QXD; anything else is a 400 before it reaches the database. */
    private static final String TRACKING_NUMBER = "[A-Z]{2}-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";
    private static final String IDEMPOTENCY_EXAMPLE = "3b8f6a52-0d6e-4c1a-8d7e-1f0e5c9a2b74";

    @Inject
    WageComplaintService complaints;

    @Inject
    IdempotencyService idempotency;

    @POST
    @RolesAllowed(Roles.WORKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a wage-arrears complaint", description = "Routed to the city's labour inspection for "
            + "projects led by the city government, otherwise to the district where the work is. Returns the "
            + "tracking number, the handling office and the acceptance deadline (5 working days). Requires an "
            + "Idempotency-Key: a retry never files a second complaint.")
    public Response file(
            @Parameter(description = "Unique per complaint; retries reuse it", required = true, example = IDEMPOTENCY_EXAMPLE)
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull @Valid WageComplaintRequest request) {
        return idempotency.create(idempotencyKey, "POST /api/v1/wage-complaints", request, () -> {
            Versioned<WageComplaintView> filed = complaints.file(request);
            return Created.created(URI.create("/api/v1/wage-complaints/" + filed.body().trackingNumber()),
                    filed.body(), filed.version());
        });
    }

    @GET
    @Operation(summary = "List complaints", description = "A worker sees their own; an inspector the queue of their "
            + "office (a city-level inspector may pass another jurisdiction). Sorted by due date, soonest first.")
    public Page<WageComplaintSummary> list(
            @Parameter(example = "SUBMITTED") @QueryParam("status") @Pattern(regexp = "[A-Z_]{1,40}") String status,
            @Parameter(description = "Only overdue (true) or only not overdue (false)") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Due within this many calendar days", example = "3")
            @QueryParam("dueWithinDays") @Min(0) @Max(365) Integer dueWithinDays,
            @Parameter(description = "City-level inspectors: another office's queue", example = "210702")
            @QueryParam("jurisdiction") @Pattern(regexp = "\\d{6}") String jurisdiction,
            @Valid @BeanParam PageRequest page) {
        return complaints.list(new CaseService.ListFilter(status, overdue, dueWithinDays, jurisdiction), page);
    }

    @GET
    @Path("/{trackingNumber}")
    @Operation(summary = "One complaint", description = "The complainant or the handling office see personal data in "
            + "full; anyone else who may see the case (a city-level inspector) sees it masked. Officer reads are "
            + "audited.")
    public Response get(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) String trackingNumber) {
        return EntityTags.ok(complaints.get(trackingNumber));
    }

    @GET
    @Path("/{trackingNumber}/history")
    @Operation(summary = "The complaint's timeline", description = "Every step: who (role), when, from which status to which, and the note.")
    public List<HistoryView> history(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) String trackingNumber) {
        return complaints.history(trackingNumber);
    }

    @POST
    @Path("/{trackingNumber}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an action on a complaint", description = "Inspector: accept, request-supplement, "
            + "refuse, transfer, take-over (city level), extend, record-outcome, close. Worker: supplement, withdraw. "
            + "409 names the actions allowed now; honours If-Match (412).")
    public Response act(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) String trackingNumber,
            @Parameter(example = "accept") @PathParam("action") String action,
            @Parameter(description = "ETag of the complaint as last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid ActionRequest request) {
        return EntityTags.ok(complaints.act(trackingNumber, action, ifMatch, request));
    }

    /** The multipart form of an upload (the mini-program's {@code wx.uploadFile} sends the file as {@code file}). */
    @Schema(name = "AttachmentUpload", examples = "{\"file\": \"(a JPEG, PNG or PDF file, at most 10 MB)\"}")
    public static class AttachmentForm {

        @RestForm("file")
        @PartType(MediaType.APPLICATION_OCTET_STREAM)
        @Schema(type = SchemaType.STRING, format = "binary", description = "JPEG, PNG or PDF, at most 10 MB")
        public FileUpload file;
    }

    @POST
    @Path("/{trackingNumber}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach evidence", description = "multipart/form-data with a part `file`: JPEG, PNG or PDF "
            + "(recognised by content), at most 10 MB, at most 20 per complaint. Requires an Idempotency-Key.")
    public Response upload(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) String trackingNumber,
            @Parameter(description = "Unique per upload; retries reuse it", required = true, example = IDEMPOTENCY_EXAMPLE)
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            AttachmentForm form) {
        return idempotency.create(idempotencyKey, "POST /api/v1/wage-complaints/" + trackingNumber + "/attachments",
                AttachmentService.fingerprint(form.file), () -> {
                    AttachmentView uploaded = complaints.upload(trackingNumber, form.file);
                    return Created.created(URI.create("/api/v1/wage-complaints/" + trackingNumber + "/attachments/"
                            + uploaded.id()), uploaded, null);
                });
    }

    @GET
    @Path("/{trackingNumber}/attachments")
    @Operation(summary = "The complaint's attachments")
    public List<AttachmentView> attachments(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) String trackingNumber) {
        return complaints.attachments(trackingNumber);
    }

    @GET
    @Path("/{trackingNumber}/attachments/{id}")
    @Produces({ "image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON })
    @Operation(summary = "Download an attachment")
    public Response download(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) String trackingNumber, @PathParam("id") @Min(1) long id) {
        AttachmentService.Download file = complaints.download(trackingNumber, id);
        String encodedName = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encodedName)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
