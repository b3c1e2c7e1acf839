package org.convene.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that spreadsheets open safely: UTF-8 with a byte-order mark (Excel's cue for UTF-8), RFC 4180
 * quoting, and cells that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage
 * return at the start) defused with a leading apostrophe.
 */
final class Csv {

    private Csv() {
    }

    static byte[] write(List<String> header, Iterable<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(Csv::neutralise).toList());
            for (var row : rows) {
                printer.printRecord(row.stream().map(Csv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        var first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
