package org.convene.document;

/** A file version the caller may download: what the HTTP answer needs (sha256 makes the ETag). */
public record Download(long itemId, int version, String title, String fileName, String mediaType, long size,
                       String sha256, boolean previewable) {
}
