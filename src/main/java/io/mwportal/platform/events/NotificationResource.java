package io.mwportal.platform.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.platform.events.EventViews.NotificationPage;
import io.mwportal.platform.events.EventViews.NotificationSettingsRequest;
import io.mwportal.platform.events.EventViews.NotificationSettingsView;
import io.mwportal.platform.i18n.Messages;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;

@Path("/api/v1/me")
@Tag(name = "Notifications", description = "A worker's notifications and the channels that carry them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.WORKER)
public class NotificationResource {

    @Inject
    Inbox inbox;

    @GET
    @Path("/notifications")
    @Operation(operationId = "listMyNotifications", summary = "My notifications", description = "Newest first, in the "
            + "caller's language (Accept-Language: Chinese by default, English), with the unread count. Each names "
            + "its subject (a case's tracking number, an enrolment) for the app to open.")
    public NotificationPage list(@Valid @BeanParam PageRequest page,
            @Parameter(description = "Only unread ones") @QueryParam("unread") Boolean unreadOnly,
            @Context HttpHeaders headers) {
        return inbox.mine(page, Boolean.TRUE.equals(unreadOnly), Messages.negotiate(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(operationId = "readMyNotification", summary = "Mark a notification read",
            description = "Reading it twice is no error; someone else's is a 404.")
    @APIResponse(responseCode = "204", description = "Read")
    public RestResponse<Void> read(@PathParam("id") long id) {
        inbox.markRead(id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/notifications/read-all")
    @Operation(operationId = "readAllMyNotifications", summary = "Mark every notification read")
    @APIResponse(responseCode = "204", description = "Read")
    public RestResponse<Void> readAll() {
        inbox.markAllRead();
        return RestResponse.noContent();
    }

    @GET
    @Path("/notification-settings")
    @Operation(operationId = "getMyNotificationSettings", summary = "My notification channels",
            description = "Besides the inbox, which always has everything: SMS and WeChat subscribe messages.")
    public RestResponse<NotificationSettingsView> settings() {
        return EntityTags.ok(inbox.settings());
    }

    @PUT
    @Path("/notification-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyNotificationSettings", summary = "Choose notification channels",
            description = "SMS needs `phone` (stored encrypted, shown masked) and WECHAT the mini-program's "
                    + "`wechatOpenId`; an empty list keeps the inbox only.")
    public RestResponse<NotificationSettingsView> saveSettings(@NotNull @Valid NotificationSettingsRequest request) {
        return EntityTags.ok(inbox.saveSettings(request));
    }
}
