package io.mwportal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What an uploaded file really is (by its first bytes), and the name it is stored under. */
class AttachmentRulesUnitTest {

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Test
    void typesByContent() {
        assertEquals("image/jpeg", AttachmentFiles.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0)));
        assertEquals("image/jpeg", AttachmentFiles.sniff(bytes(0xFF, 0xD8, 0xFF)));
        assertEquals("image/png", AttachmentFiles.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0)));
        assertEquals("application/pdf", AttachmentFiles.sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertNull(AttachmentFiles.sniff(bytes(0xFF, 0xD8)));
        assertNull(AttachmentFiles.sniff(bytes(0xFF, 0xD8, 0xFE)));
        assertNull(AttachmentFiles.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0B)));
        assertNull(AttachmentFiles.sniff("%PDF".getBytes(StandardCharsets.US_ASCII)));
        assertNull(AttachmentFiles.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertNull(AttachmentFiles.sniff(new byte[0]));
    }

    @Test
    void storedNamesLoseTheirPathAndControlCharacters() {
        assertEquals("工资条.jpg", AttachmentFiles.safeName("工资条.jpg", "image/jpeg"));
        assertEquals("passwd.jpg", AttachmentFiles.safeName("../../etc/passwd.jpg", "image/jpeg"));
        assertEquals("evil.pdf", AttachmentFiles.safeName("C:\\Users\\x\\evil.pdf", "application/pdf"));
        assertEquals("ab.png", AttachmentFiles.safeName("a\"<>|:*?\u0000\nb.png", "image/png"));
        assertEquals("attachment.jpg", AttachmentFiles.safeName(null, "image/jpeg"));
        assertEquals("attachment.png", AttachmentFiles.safeName("  ", "image/png"));
        assertEquals("attachment.pdf", AttachmentFiles.safeName("dir/", "application/pdf"));
        String longName = "长".repeat(250) + ".jpg";
        String kept = AttachmentFiles.safeName(longName, "image/jpeg");
        assertEquals(200, kept.length());
        assertEquals(true, kept.endsWith(".jpg"), "the end (with the extension) is kept");
    }
}
