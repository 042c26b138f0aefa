package io.mwportal.platform.security;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me")
public record MeView(
        @Schema(description = "Stable subject id of the caller") String subject,
        @Schema(examples = "inspector.guta") String username,
        @Schema(examples = "[\"labour-inspector\"]") Set<String> roles,
        @Schema(description = "GB/T 2260 code of the caller's office", examples = "210702") String jurisdiction,
        CurrentUser.ActingFor actingFor,
        @Schema(examples = "portal-web") String clientId) {
}
