package io.mwportal.casework;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.mwportal.casework.CaseViews.AttachmentView;
import io.mwportal.casework.CaseViews.HistoryView;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.quarkus.security.Authenticated;

/**
 * The HTTP endpoints every case type has, written once (docs/architecture.md): one case, its history, an action, its
 * evidence. A case type's resource extends this under its own path and adds filing and listing. Access is decided by
 * the kernel for every case ({@link CaseAccess}: the owner and the offices of the workflow's role; anyone else 404,
 * other roles 403), so these methods only require a signed-in caller.
 *
 * <p>{@link #act} takes the type's action body: the subclass overrides it with its concrete body type and no
 * annotations, so that the body is read as that type (the path, method and parameters are inherited: JAX-RS
 * annotation inheritance). The kernel validates the body itself ({@link CaseTypeService#act}): Hibernate Validator
 * does not let an overriding method add {@code @Valid}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class CaseResource<V extends CaseView, I extends CaseActionInput, S extends CaseTypeService<V, I>> {

    /** Tracking numbers look like WC-2026-7K3M-9QXD; anything else is a 400 before it reaches the database. */
    public static final String TRACKING_NUMBER = "[A-Z]{2}-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";
    public static final String IDEMPOTENCY_EXAMPLE = "3b8f6a52-0d6e-4c1a-8d7e-1f0e5c9a2b74";

    @Inject
    protected IdempotencyService idempotency;

    @Inject
    protected TrackingNumbers trackingNumbers;

    private final S cases;

    protected CaseResource(S cases) {
        this.cases = cases;
    }

    /** The case type's service, for the endpoints the type adds (filing, lists). */
    protected S cases() {
        return cases;
    }

    /**
     * Answers a filing (201, Location of the new case, its view and ETag) once per Idempotency-Key: a retry gets the
     * first answer again. The key's scope and the Location come from the request's own path.
     */
    protected Response file(String idempotencyKey, UriInfo uri, Object request, Supplier<Versioned<V>> file) {
        String path = uri.getPath().replaceAll("/$", "");
        return trackingNumbers.drawingAgainIfTaken(() -> idempotency.create(idempotencyKey, "POST " + path, request,
                () -> {
                    Versioned<V> filed = file.get();
                    return Created.created(URI.create(path + "/" + filed.body().trackingNumber()), filed.body(),
                            filed.version());
                }));
    }

    @GET
    @Path("/{trackingNumber}")
    @Authenticated
    @Operation(summary = "One case", description = "The owner and the handling office see personal data in full; a "
            + "supervising higher-level office sees it masked. Officer reads are audited. ETag for If-Match.")
    public RestResponse<V> get(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) @Schema(maxLength = 17) String trackingNumber) {
        return EntityTags.ok(cases().get(trackingNumber));
    }

    @GET
    @Path("/{trackingNumber}/history")
    @Authenticated
    @Operation(summary = "The case's timeline", description = "Every step: who (role), when, from which status to "
            + "which, the note and the step's details.")
    public List<HistoryView> history(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) @Schema(maxLength = 17) String trackingNumber) {
        return cases().history(trackingNumber);
    }

    @POST
    @Path("/{trackingNumber}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Take an action on the case", description = "The action names are those in the case's "
            + "allowedActions. 409 names the actions allowed now; honours If-Match (412).")
    public RestResponse<V> act(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) @Schema(maxLength = 17) String trackingNumber,
            @Parameter(example = "accept") @PathParam("action") @Schema(maxLength = 40) String action,
            @Parameter(description = "ETag of the case as last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            I request) {
        return EntityTags.ok(cases().act(trackingNumber, action, ifMatch, request));
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
    @Authenticated
    @Operation(summary = "Attach evidence", description = "multipart/form-data with a part `file`: JPEG, PNG or PDF "
            + "(recognised by content), at most 10 MB, at most 20 per case; the owner and the handling office only. "
            + "Requires an Idempotency-Key.")
    @APIResponseSchema(value = AttachmentView.class, responseCode = "201", responseDescription = "Created")
    public Response upload(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) @Schema(maxLength = 17) String trackingNumber,
            @Parameter(description = "Unique per upload; retries reuse it", required = true, example = IDEMPOTENCY_EXAMPLE)
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            AttachmentForm form, @Context UriInfo uri) {
        String path = uri.getPath();
        return idempotency.create(idempotencyKey, "POST " + path, AttachmentService.fingerprint(form.file), () -> {
            AttachmentView uploaded = cases().upload(trackingNumber, form.file);
            return Created.created(URI.create(path + "/" + uploaded.id()), uploaded, null);
        });
    }

    @GET
    @Path("/{trackingNumber}/attachments")
    @Authenticated
    @Operation(summary = "The case's evidence", description = "The owner and the handling office only.")
    public List<AttachmentView> attachments(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) @Schema(maxLength = 17) String trackingNumber) {
        return cases().attachments(trackingNumber);
    }

    @GET
    @Path("/{trackingNumber}/attachments/{id}")
    @Produces({ "image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON })
    @Authenticated
    @Operation(summary = "Download evidence")
    @APIResponse(responseCode = "200", description = "The file as uploaded (Content-Disposition names it)", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response download(@PathParam("trackingNumber") @Pattern(regexp = TRACKING_NUMBER) @Schema(maxLength = 17) String trackingNumber,
            @PathParam("id") @Min(1) long id) {
        AttachmentService.Download file = cases().download(trackingNumber, id);
        String encodedName = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encodedName)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
