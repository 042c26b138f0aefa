package io.mwportal.platform.events;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.platform.events.EventViews.EventFeed;
import io.mwportal.platform.events.EventViews.EventTypeView;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.PublicRead;

@Path("/api/v1")
@Tag(name = "Events", description = "Webhooks and the event feed for client apps (docs/events.md)")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventFeedService feed;

    @Inject
    EventCatalogue catalogue;

    @GET
    @Path("/event-types")
    @PermitAll
    @PublicRead
    @Operation(summary = "Event types", description = "Anyone. Every event the portal announces, and who hears of it: "
            + "the worker concerned (notifications), the handling office's integrations, the partner app that made "
            + "the subject.")
    public List<EventTypeView> types() {
        return catalogue.all().stream().map(t -> new EventTypeView(t.type(), t.forWorker(), t.officeRole(),
                t.forPartner(), t.description())).toList();
    }

    @GET
    @Path("/events")
    @RolesAllowed({ Roles.JOB_CENTER, Roles.TRAINING_OFFICER, Roles.LABOUR_INSPECTOR, Roles.LEGAL_AID_OFFICER,
            Roles.RESIDENCE_OFFICER })
    @Operation(operationId = "listEvents", summary = "The event feed", description = "Client apps with the "
            + "events:subscribe scope (client-credentials tokens; people's tokens never carry it: 403): the events "
            + "they may hear of, oldest first, from `after` (the `next` of the previous answer; none: from the "
            + "start). The same events as webhooks; an event appears once its transaction and every older one have "
            + "ended, so following `next` never misses one.")
    public EventFeed events(
            @Parameter(description = "The `next` of the previous answer") @QueryParam("after") @Size(max = 100) String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return feed.after(after, limit);
    }
}
