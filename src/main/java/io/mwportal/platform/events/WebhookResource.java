package io.mwportal.platform.events;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.platform.events.EventViews.DeliveryState;
import io.mwportal.platform.events.EventViews.DeliveryView;
import io.mwportal.platform.events.EventViews.WebhookRequest;
import io.mwportal.platform.events.EventViews.WebhookView;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;

@Path("/api/v1/webhooks")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.JOB_CENTER, Roles.TRAINING_OFFICER, Roles.LABOUR_INSPECTOR, Roles.LEGAL_AID_OFFICER,
        Roles.RESIDENCE_OFFICER })
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    IdempotencyService idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a webhook", description = "Client apps with the events:subscribe scope: an HTTPS "
            + "URL on a public address (private, loopback and link-local destinations are refused) and the event "
            + "types to receive, of those the client may hear of (`GET /api/v1/event-types`). Messages follow "
            + "Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature` (HMAC-SHA256 with the "
            + "`secret` of this answer, shown only here). Requires an Idempotency-Key.")
    @APIResponseSchema(value = WebhookView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@Parameter(required = true, example = "0b9c3f5e-2d4a-4e8b-9c1d-7f6a5b4c3d2e")
            @HeaderParam(IdempotencyService.HEADER) String key, @NotNull @Valid WebhookRequest request) {
        return idempotency.create(key, "POST /api/v1/webhooks", request, () -> {
            Versioned<WebhookView> created = webhooks.create(request);
            return Created.created(URI.create("/api/v1/webhooks/" + created.body().id()), created.body(),
                    created.version());
        });
    }

    @GET
    @Operation(summary = "My webhooks", description = "The calling client's subscriptions (secrets not shown).")
    public Page<WebhookView> list(@Valid @BeanParam PageRequest page) {
        return webhooks.mine(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A webhook")
    public RestResponse<WebhookView> get(@PathParam("id") long id) {
        return EntityTags.ok(webhooks.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a webhook", description = "URL, event types, description, or `active: false` to "
            + "pause it (its deliveries meanwhile are SKIPPED). Honours If-Match.")
    public RestResponse<WebhookView> update(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @NotNull @Valid WebhookRequest request) {
        return EntityTags.ok(webhooks.update(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "With its deliveries and their log. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        webhooks.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/actions/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's secret", description = "A new "
            + "secret, shown only in this answer. For 24 hours messages carry a signature with each secret "
            + "(space-separated in `webhook-signature`), so the receiver can switch without losing one. Honours "
            + "If-Match.")
    public RestResponse<WebhookView> rotate(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return EntityTags.ok(webhooks.rotateSecret(id, ifMatch));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's deliveries", description = "Newest "
            + "first, each with every attempt (time, response status, error, duration). A delivery is retried with "
            + "growing waits (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each ±20 %) and is DEAD after the last.")
    public Page<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("state") DeliveryState state,
            @Valid @BeanParam PageRequest page) {
        return webhooks.deliveries(id, state, page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/actions/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again", description = "A DEAD, "
            + "DELIVERED or SKIPPED delivery goes out again with the same `webhook-id` and a fresh retry schedule; "
            + "a PENDING one is 409 `DELIVERY_PENDING`.")
    @APIResponse(responseCode = "202", description = "Queued")
    public RestResponse<Void> replay(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        webhooks.replay(id, deliveryId);
        return RestResponse.accepted();
    }
}
