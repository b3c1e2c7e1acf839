package org.convene.statement;

import java.util.List;

/**
 * Everything an export shows, already resolved to text in the export's language: the input of the pure
 * renderers in {@link StatementExports}. Paragraphs are Markdown; every other field is plain text.
 */
record ExportDocument(String title, String language, String context, String date, String hash, int number,
                      String changeNote, List<Section> sections, List<Signer> signers, Labels labels) {

    ExportDocument {
        sections = List.copyOf(sections);
        signers = List.copyOf(signers);
    }

    record Section(String heading, List<String> paragraphs) {
        Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A signatory who endorsed, with their organisation and reservation (both may be empty). */
    record Signer(String name, String organisation, String reservation) {
    }

    /** The words around the text, in the export's language. */
    record Labels(String signatories, String reservation, String published, String hash, String version,
                  String changeNote) {
    }
}
