package org.convene.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void single_ranges_are_understood_and_clamped_to_the_file() {
        assertThat(ByteRange.parse("bytes=0-99", 1000).range()).isEqualTo(new ByteRange(0, 99));
        assertThat(ByteRange.parse("bytes=500-", 1000).range()).isEqualTo(new ByteRange(500, 999));
        assertThat(ByteRange.parse("bytes=-100", 1000).range()).isEqualTo(new ByteRange(900, 999));
        assertThat(ByteRange.parse("bytes=-5000", 1000).range()).isEqualTo(new ByteRange(0, 999));
        assertThat(ByteRange.parse("bytes=990-2000", 1000).range()).isEqualTo(new ByteRange(990, 999));
    }

    @Test
    void unsatisfiable_and_ignored_headers() {
        assertThat(ByteRange.parse("bytes=1000-", 1000).outcome()).isEqualTo(ByteRange.Outcome.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=9-3", 1000).outcome()).isEqualTo(ByteRange.Outcome.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=-0", 1000).outcome()).isEqualTo(ByteRange.Outcome.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=abc", 1000).outcome()).isEqualTo(ByteRange.Outcome.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000).outcome()).isEqualTo(ByteRange.Outcome.WHOLE);
        assertThat(ByteRange.parse("items=0-1", 1000).outcome()).isEqualTo(ByteRange.Outcome.WHOLE);
        assertThat(ByteRange.parse(null, 1000).outcome()).isEqualTo(ByteRange.Outcome.WHOLE);
    }
}
