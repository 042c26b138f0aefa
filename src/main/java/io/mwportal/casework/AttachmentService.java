package io.mwportal.casework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.mwportal.casework.CaseViews.AttachmentView;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.security.CurrentUser;

/**
 * Evidence files on a case: JPEG, PNG or PDF recognised by their content (not by name or declared type), at most
 * {@code portal.casework.attachment-max-size} each and {@code portal.casework.attachments-per-case} per case,
 * stored in PostgreSQL.
 */
@ApplicationScoped
public class AttachmentService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CaseworkConfig config;

    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** What identifies an upload for Idempotency-Key: name, size and content hash (null when no file was sent). */
    public record Fingerprint(String fileName, long size, String sha256) {
    }

    public static Fingerprint fingerprint(FileUpload upload) {
        if (upload == null) {
            return new Fingerprint(null, 0, null);
        }
        try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, read);
            }
            return new Fingerprint(upload.fileName(), upload.size(), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Upload could not be read", e);
        }
    }

    @Transactional
    public AttachmentView upload(Workflow workflow, CaseFile file, String role, FileUpload upload) {
        if (upload == null) {
            throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                    List.of(new ProblemException.Violation("file", "NOT_NULL")));
        }
        if (workflow.isTerminal(file.status)) {
            throw new ProblemException(409, "CASE_CLOSED", file.status);
        }
        long maxSize = config.attachmentMaxSize().asLongValue();
        if (upload.size() > maxSize) {
            throw new ProblemException(413, "ATTACHMENT_TOO_LARGE", maxSize / (1024 * 1024) + " MB");
        }
        // Lock the case so that parallel uploads count one after the other.
        em.createNativeQuery("select id from case_file where id = :id for update").setParameter("id", file.id)
                .getSingleResult();
        if (CaseAttachment.count("caseId", file.id) >= config.attachmentsPerCase()) {
            throw new ProblemException(409, "TOO_MANY_ATTACHMENTS", config.attachmentsPerCase());
        }
        byte[] content = read(upload);
        String type = AttachmentFiles.sniff(content);
        if (type == null) {
            throw new ProblemException(415, "UNSUPPORTED_ATTACHMENT_TYPE");
        }
        CaseAttachment attachment = new CaseAttachment();
        attachment.caseId = file.id;
        attachment.fileName = AttachmentFiles.safeName(upload.fileName(), type);
        attachment.contentType = type;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.content = content;
        attachment.uploadedBy = user.subject();
        attachment.uploadedRole = role;
        attachment.uploadedAt = Instant.now(clock);
        attachment.persist();
        return view(attachment);
    }

    public List<AttachmentView> list(CaseFile file) {
        return CaseAttachment.<CaseAttachment>list("caseId = ?1 order by id", file.id).stream().map(AttachmentService::view)
                .toList();
    }

    public Download download(CaseFile file, long attachmentId) {
        CaseAttachment attachment = CaseAttachment.<CaseAttachment>find("id = ?1 and caseId = ?2", attachmentId, file.id)
                .firstResultOptional().orElseThrow(ProblemException::notFound);
        return new Download(attachment.fileName, attachment.contentType, attachment.content);
    }

    private static AttachmentView view(CaseAttachment a) {
        return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedRole, a.uploadedAt);
    }

    private static byte[] read(FileUpload upload) {
        try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Upload could not be read", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
