package org.convene.document;

import java.util.Optional;

/**
 * One byte range of an HTTP Range header (RFC 9110 §14.1.2): {@code bytes=a-b}, {@code bytes=a-}
 * or {@code bytes=-n}. Several ranges are answered with the whole file (a server may ignore Range).
 */
record ByteRange(long from, long to) {

    long length() {
        return to - from + 1;
    }

    /** Why a header yields no range: absent or ignored (send everything), or unsatisfiable (416). */
    enum Outcome { WHOLE, RANGE, UNSATISFIABLE }

    record Parsed(Outcome outcome, ByteRange range) {
    }

    static Parsed parse(String header, long size) {
        if (header == null || header.isBlank()) {
            return new Parsed(Outcome.WHOLE, null);
        }
        var h = header.strip();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Parsed(Outcome.WHOLE, null);
        }
        var spec = h.substring(6).strip();
        if (spec.contains(",")) {
            return new Parsed(Outcome.WHOLE, null);
        }
        var dash = spec.indexOf('-');
        if (dash < 0) {
            return new Parsed(Outcome.UNSATISFIABLE, null);
        }
        var first = number(spec.substring(0, dash).strip());
        var last = number(spec.substring(dash + 1).strip());
        if (spec.substring(0, dash).isBlank()) {
            // suffix: the last n bytes
            if (last.isEmpty() || last.get() == 0 || size == 0) {
                return new Parsed(Outcome.UNSATISFIABLE, null);
            }
            return new Parsed(Outcome.RANGE, new ByteRange(Math.max(0, size - last.get()), size - 1));
        }
        if (first.isEmpty() || (!spec.substring(dash + 1).isBlank() && last.isEmpty())) {
            return new Parsed(Outcome.UNSATISFIABLE, null);
        }
        long from = first.get();
        long to = last.map(l -> Math.min(l, size - 1)).orElse(size - 1);
        if (from >= size || (last.isPresent() && last.get() < from)) {
            return new Parsed(Outcome.UNSATISFIABLE, null);
        }
        return new Parsed(Outcome.RANGE, new ByteRange(from, to));
    }

    private static Optional<Long> number(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s));
    }
}
