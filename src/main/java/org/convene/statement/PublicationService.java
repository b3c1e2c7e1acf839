package org.convene.statement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.NotFoundException;
import org.convene.base.i18n.TranslationProvider;
import org.convene.base.ui.Formats;
import org.convene.network.NetworkService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published statements for readers: the public list, a published version's page and its downloads.
 * A PUBLIC publication is for everyone (signed in or not); a GROUP one for the group's members, the
 * team, the signatories and organisers; anybody else gets 404, as for an unpublished statement.
 */
@Service
public class PublicationService {

    private final PublicationRepository publications;
    private final TranslationRepository translations;
    private final StatementReviewRepository reviews;
    private final Drafts drafts;
    private final ReviewAccess access;
    private final CurrentUser currentUser;
    private final NetworkService network;
    private final TranslationProvider i18n;

    PublicationService(PublicationRepository publications, TranslationRepository translations,
                       StatementReviewRepository reviews, Drafts drafts, ReviewAccess access, CurrentUser currentUser,
                       NetworkService network, TranslationProvider i18n) {
        this.publications = publications;
        this.translations = translations;
        this.reviews = reviews;
        this.drafts = drafts;
        this.access = access;
        this.currentUser = currentUser;
        this.network = network;
        this.i18n = i18n;
    }

    /** The latest public version of each published (not withdrawn) statement, newest first. */
    @Transactional(readOnly = true)
    public Page<PublishedSummary> page(PublicFilter filter, Pageable pageable) {
        var f = filter == null ? new PublicFilter(null, null, null, null) : filter;
        var language = f.language() == null ? "" : f.language().strip().toLowerCase(Locale.ROOT);
        var from = f.year() == null ? null : LocalDate.of(f.year(), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var to = f.year() == null ? null : LocalDate.of(f.year() + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var unsorted = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return publications.searchPublic(f.groupId(), f.seminarId(), language, from, to, unsorted)
                .map(p -> new PublishedSummary(p.getPublicId(), p.getNumber(), p.getTitle(), p.getLanguage(), p.getContext(),
                        p.getPublishedAt(), p.getSigners().size()));
    }

    /** The filter choices of the public list: groups and seminars (id → name), languages and years in use. */
    @Transactional(readOnly = true)
    public PublicChoices choices() {
        var groups = new LinkedHashMap<Long, String>();
        var seminars = new LinkedHashMap<Long, String>();
        var languages = new java.util.TreeSet<String>();
        var years = new java.util.TreeSet<Integer>(java.util.Comparator.reverseOrder());
        for (var row : publications.publicFacets()) {
            var p = row;
            languages.add(p.getLanguage());
            years.add(p.getPublishedAt().atZone(ZoneOffset.UTC).getYear());
            var parts = p.getContext().split(" · ");
            if (p.getGroupId() != null) {
                groups.putIfAbsent(p.getGroupId(), parts[0]);
            }
            if (p.getSeminarId() != null) {
                seminars.putIfAbsent(p.getSeminarId(), parts[parts.length - 1]);
            }
        }
        return new PublicChoices(groups, seminars, List.copyOf(languages), List.copyOf(years));
    }

    /** The choices for the list's filters. */
    public record PublicChoices(java.util.Map<Long, String> groups, java.util.Map<Long, String> seminars,
                                List<String> languages, List<Integer> years) {
    }

    /** A published version (the latest when {@code number} is null), or 404. */
    @Transactional(readOnly = true)
    public PublishedStatement read(String publicId, Integer number) {
        var p = find(publicId, number);
        var all = publications.findByStatement(p.getStatementId());
        var sections = new LinkedHashMap<Integer, PublishedStatement.Section>();
        for (var para : p.getParagraphs()) {
            var s = sections.computeIfAbsent(para.sectionNo(), k -> new PublishedStatement.Section(para.sectionHeading(),
                    new ArrayList<>()));
            if (para.paragraphNo() > 0) {
                s.paragraphsHtml().add(Markdown.toHtml(para.text()));
            }
        }
        var signers = p.getSigners().stream().map(s -> new PublishedStatement.Signer(s.name(), s.organisation(),
                s.reservation())).toList();
        var versions = all.stream().map(v -> new PublishedStatement.Version(v.getNumber(), v.getPublishedAt(),
                v.getChangeNote())).toList();
        var translationLinks = new ArrayList<PublishedStatement.Link>();
        PublishedStatement.Link source = null;
        var asTranslation = translations.findById(p.getStatementId());
        var rootId = asTranslation.map(Translation::getSourceId).orElse(p.getStatementId());
        if (asTranslation.isPresent()) {
            source = latestVisible(rootId).map(x -> new PublishedStatement.Link(x.getPublicId(), x.getLanguage(), x.getTitle()))
                    .orElse(null);
        }
        for (var t : translations.findBySourceId(rootId)) {
            if (t.getTranslationId().equals(p.getStatementId())) {
                continue;
            }
            latestVisible(t.getTranslationId()).ifPresent(x -> translationLinks.add(
                    new PublishedStatement.Link(x.getPublicId(), x.getLanguage(), x.getTitle())));
        }
        var withdrawn = reviews.findById(p.getStatementId()).map(StatementReview::getWithdrawnReason).orElse(null);
        return new PublishedStatement(p.getPublicId(), p.getNumber(), all.get(0).getNumber(), p.getTitle(), p.getLanguage(),
                p.getContext(), p.getVisibility(), p.getPublishedAt(), p.getContentHash(), p.getChangeNote(),
                List.copyOf(sections.values()), signers, versions, translationLinks, source, withdrawn);
    }

    /** A download of a published version, labelled in the statement's language (English when not available). */
    @Transactional(readOnly = true)
    public ExportFormat.Download export(String publicId, Integer number, ExportFormat format) {
        var p = find(publicId, number);
        var locale = i18n.getProvidedLocales().stream().filter(l -> l.getLanguage().equals(p.getLanguage())).findFirst()
                .orElse(TranslationProvider.ENGLISH);
        var doc = exportDocument(p, locale);
        var content = switch (format) {
            case PDF -> StatementExports.pdf(doc, Markdown::toHtml);
            case DOCX -> StatementExports.docx(doc, Markdown::toHtml);
            case HTML -> StatementExports.html(doc, Markdown::toHtml).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> StatementExports.markdown(doc).getBytes(StandardCharsets.UTF_8);
        };
        var slug = p.getTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.isEmpty() ? "statement" : slug.length() > 60 ? slug.substring(0, 60) : slug;
        return new ExportFormat.Download(slug + "-v" + p.getNumber() + "." + format.extension(), format.contentType(), content);
    }

    ExportDocument exportDocument(Publication p, Locale locale) {
        var sections = new LinkedHashMap<Integer, List<String>>();
        var headings = new LinkedHashMap<Integer, String>();
        for (var para : p.getParagraphs()) {
            headings.putIfAbsent(para.sectionNo(), para.sectionHeading());
            var list = sections.computeIfAbsent(para.sectionNo(), k -> new ArrayList<>());
            if (para.paragraphNo() > 0) {
                list.add(para.text());
            }
        }
        var docSections = sections.entrySet().stream()
                .map(e -> new ExportDocument.Section(headings.get(e.getKey()), e.getValue())).toList();
        var signers = p.getSigners().stream().map(s -> new ExportDocument.Signer(s.name(), s.organisation(), s.reservation())).toList();
        var labels = new ExportDocument.Labels(t("statement.publication.signatories", locale),
                t("statement.publication.reservation", locale), t("statement.publication.published", locale),
                t("statement.publication.hash", locale), t("statement.publication.version", locale),
                t("statement.publication.change-note", locale));
        return new ExportDocument(p.getTitle(), p.getLanguage(), p.getContext(),
                Formats.longDate(p.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate(), locale), p.getContentHash(),
                p.getNumber(), p.getChangeNote(), docSections, signers, labels);
    }

    private Publication find(String publicId, Integer number) {
        if (publicId == null || !publicId.matches("[0-9a-f-]{36}") || (number != null && number < 1)) {
            throw new NotFoundException();
        }
        var n = number != null ? number : publications.latestNumber(publicId);
        if (n == null) {
            throw new NotFoundException();
        }
        var p = publications.findByPublicId(publicId, n).orElseThrow(NotFoundException::new);
        if (!mayRead(p)) {
            throw new NotFoundException();
        }
        return p;
    }

    private Optional<Publication> latestVisible(long statementId) {
        return publications.findByStatement(statementId).stream().findFirst().filter(this::mayRead);
    }

    boolean mayRead(Publication p) {
        if (p.getVisibility() == PublicationVisibility.PUBLIC) {
            return true;
        }
        var me = currentUser.get();
        if (me.isEmpty()) {
            return false;
        }
        if (currentUser.hasRole(Role.ORGANISER)) {
            return true;
        }
        var id = me.get().id();
        if (p.getGroupId() != null && network.isMember(p.getGroupId(), id)) {
            return true;
        }
        return drafts.header(p.getStatementId()).map(h -> access.mayRead(h, id)).orElse(false);
    }

    private String t(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }
}
