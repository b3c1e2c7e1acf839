package org.convene.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.convene.base.security.SystemAuthentication;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.convene.document.DocumentVisibility;
import org.convene.document.FolderInfo;
import org.convene.document.ItemDetails;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * A few documents in the Palermo seminar's library (background paper, a link, participant-only
 * notes, slides) and in the SNP group's library. Runs after the agenda demo data; skips a library
 * that already has documents. Same switch as {@link DemoData}; never blocks start-up.
 */
@Component
@Order(50)
class DocumentDemoData implements ApplicationRunner {

    static final String GROUP = "Support Network of Professionals (SNP)";
    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);

    private final SeminarService seminars;
    private final NetworkService network;
    private final DocumentService documents;
    private final DocumentFileService files;
    private final boolean enabled;

    DocumentDemoData(SeminarService seminars, NetworkService network, DocumentService documents, DocumentFileService files,
                     @Value("${convene.demo-data:auto}") String demoData, @Value("${spring.datasource.url:}") String dbUrl) {
        this.seminars = seminars;
        this.network = network;
        this.documents = documents;
        this.files = files;
        this.enabled = "auto".equalsIgnoreCase(demoData) ? dbUrl.isBlank() : Boolean.parseBoolean(demoData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        try {
            SystemAuthentication.run(this::load);
        } catch (RuntimeException e) {
            log.warn("Document demo data not loaded: {}", e.getMessage());
        }
    }

    void load() {
        var filter = new SeminarFilter(AgendaDemoData.TITLE.substring(0, 60), null, null, null, null, null, null, null, true);
        seminars.search(filter, Pageable.ofSize(20)).stream().filter(s -> s.title().equals(AgendaDemoData.TITLE))
                .findFirst().ifPresent(s -> seminar(s.id()));
        network.visibleGroups(GROUP, Pageable.ofSize(5)).stream().filter(g -> g.getName().equals(GROUP)).findFirst()
                .ifPresent(g -> group(g.getId()));
    }

    private void seminar(long seminarId) {
        var library = documents.seminarLibrary(seminarId);
        if (documents.count(library.id(), null) > 0) {
            return;
        }
        var folders = documents.folders(library.id());
        var background = folder(folders, "Background");
        file(background, "Background paper – drug use among refugees and migrants.pdf",
                pdf("Background paper", "Drug use among refugees, migrants and internally displaced people: what we know, "
                        + "what services see, and the questions for the Palermo seminar."),
                new ItemDetails("Background paper: drug use among refugees and migrants",
                        "Read before the seminar: a short overview of the evidence and the questions for the working groups.",
                        "en", null));
        file(background, "Note de cadrage.pdf", pdf("Note de cadrage", "Objectifs du séminaire, publics visés et méthode de travail."),
                new ItemDetails("Note de cadrage", "La version française de la note de présentation.", "fr", null));
        documents.addLink(background, "https://www.euda.europa.eu/", new ItemDetails("European Union Drugs Agency",
                "Data and analysis on drugs in Europe.", "en", null));
        file(folder(folders, "Presentations"), "Opening plenary slides.pdf",
                pdf("Opening plenary", "Why people on the move need adapted services."), ItemDetails.titled("Opening plenary (slides)"));
        file(folder(folders, "Reports"), "participants-contact-sheet.csv",
                "name,organisation,country\nEleni Papadopoulou,KETHEA,GR\nJonas Becker,Fixpunkt,DE\n".getBytes(StandardCharsets.UTF_8),
                new ItemDetails("Contact sheet", "For participants only.", "en", null));
        file(folder(folders, "Reports"), "organisers-notes.md",
                "# Organisers' notes\n\n- Interpreters booked for both days\n- Field visit: 20 places\n".getBytes(StandardCharsets.UTF_8),
                new ItemDetails("Organisers' notes", "", "en", DocumentVisibility.ORGANISERS));
        log.info("Demo documents loaded for the Palermo seminar");
    }

    private void group(long groupId) {
        var library = documents.groupLibrary(groupId);
        if (documents.count(library.id(), null) > 0) {
            return;
        }
        var working = folder(documents.folders(library.id()), "Working documents");
        file(working, "SNP work plan 2027.pdf", pdf("SNP work plan 2027", "Priorities, meetings and outputs of the network for 2027."),
                new ItemDetails("Work plan 2027", "Draft for discussion at the next meeting.", "en", null));
        file(working, "meeting-notes-2026-11.md",
                "# Meeting notes, November 2026\n\n1. Peer visits\n2. Training module on trauma-informed care\n".getBytes(StandardCharsets.UTF_8),
                ItemDetails.titled("Meeting notes, November 2026"));
        log.info("Demo documents loaded for the SNP group");
    }

    private static long folder(java.util.List<FolderInfo> folders, String name) {
        return folders.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void file(long folderId, String name, byte[] bytes, ItemDetails details) {
        try {
            files.upload(folderId, name, new ByteArrayInputStream(bytes), details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String title, String text) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title, new Font(Font.HELVETICA, 20, Font.BOLD)));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(text, new Font(Font.HELVETICA, 12)));
        document.close();
        return out.toByteArray();
    }
}
