package io.mwportal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.mwportal.platform.calendar.DeadlineUnit;

/** API records shared by every case type. */
public final class CaseViews {

    private CaseViews() {
    }

    @Schema(name = "CaseHistoryEntry", description = "One step of a case's timeline")
    public record HistoryView(
            Instant at,
            @Schema(examples = "labour-inspector") String actorRole,
            @Schema(examples = "inspector.guta") String actorName,
            @Schema(examples = "ACCEPT") String action,
            @Schema(examples = "SUBMITTED") String fromStatus,
            @Schema(examples = "INVESTIGATING") String toStatus,
            String note,
            Map<String, Object> details) {

        static HistoryView of(CaseHistoryEntry entry) {
            return new HistoryView(entry.at, entry.actorRole, entry.actorName, entry.action, entry.fromStatus,
                    entry.toStatus, entry.note, entry.details);
        }
    }

    @Schema(name = "CaseDeadline", description = "The statutory clock of the current step")
    public record DeadlineView(
            @Schema(examples = "ACCEPTANCE") String purpose,
            @Schema(examples = "2026-12-04") LocalDate dueAt,
            DeadlineUnit unit,
            @Schema(description = "The due date lies in a year whose holiday schedule is not published yet")
            boolean provisional,
            @Schema(description = "Stopped while the case waits for the applicant (补正)") boolean paused,
            boolean overdue,
            @Schema(description = "Days (in the deadline's unit) from today to the due date; negative when overdue")
            int daysLeft,
            @Schema(description = "Whether the one allowed extension was used") boolean extended) {
    }

    @Schema(name = "CaseRead", description = "One officer read of a case (PIPL audit)")
    public record CaseReadView(
            long id,
            @Schema(examples = "WC-2026-7K3M-9QXD") String trackingNumber,
            @Schema(examples = "WAGE_COMPLAINT") String caseType,
            @Schema(examples = "inspector.guta") String readerName,
            @Schema(examples = "labour-inspector") String readerRole,
            @Schema(examples = "210702") String jurisdiction,
            @Schema(description = "CASE, HISTORY, ACTION, ATTACHMENTS, ATTACHMENT:<id>, …", examples = "CASE") String what,
            Instant readAt) {
    }

    @Schema(name = "CaseOfficer", description = "An officer a case can be assigned to")
    public record OfficerView(
            @Schema(examples = "legalaid.guta") String username,
            @Schema(examples = "legal-aid-officer") String role,
            @Schema(examples = "210702") String jurisdiction,
            @Schema(description = "When the portal last saw them at work") Instant lastSeenAt) {

        static OfficerView of(CaseOfficer officer) {
            return new OfficerView(officer.username, officer.role, officer.jurisdiction, officer.lastSeenAt);
        }
    }

    @Schema(name = "CaseAttachment")
    public record AttachmentView(
            long id,
            @Schema(examples = "工资条.jpg") String fileName,
            @Schema(examples = "image/jpeg") String contentType,
            long sizeBytes,
            String sha256,
            @Schema(examples = "worker") String uploadedByRole,
            Instant uploadedAt) {
    }

}
