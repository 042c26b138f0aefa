package io.mwportal.casework;

/**
 * What an uploaded file really is and the name it is kept under: the type comes from the file's first bytes (JPEG,
 * PNG, PDF), never from its name or declared type; the name loses any path, control or quoting characters.
 */
final class AttachmentFiles {

    private AttachmentFiles() {
    }

    /** The type the bytes really are, from their signature; null for anything else. */
    static String sniff(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** The client's file name without any path, control or quoting characters; a default when none is left. */
    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        if (base.isEmpty()) {
            base = "attachment" + switch (type) {
                case "image/jpeg" -> ".jpg";
                case "image/png" -> ".png";
                default -> ".pdf";
            };
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
