package org.convene.statement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations: a statement in another language, made from a source statement by copying its sections
 * and paragraphs (the team then translates each paragraph with the drafting editor). Each translated
 * paragraph remembers the source paragraph and the source version it renders; when the source paragraph
 * gets a newer version (or is deleted) the translation is out of date, and the translation page shows
 * the source's text then and now. "Up to date" is a deliberate act of the translator.
 */
@Service
public class TranslationService {

    private final TranslationRepository translations;
    private final ParagraphSourceRepository sources;
    private final ReviewAccess access;
    private final Drafts drafts;
    private final Clock clock;

    TranslationService(TranslationRepository translations, ParagraphSourceRepository sources,
                       ReviewAccess access, Drafts drafts, Clock clock) {
        this.translations = translations;
        this.sources = sources;
        this.access = access;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** A new translation (DRAFT, same team) of {@code sourceId} into {@code language}; returns its statement id. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISER', 'EXPERT')")
    public long create(long sourceId, String language, String title) {
        var h = access.leadable(sourceId);
        if (translations.existsById(sourceId)) {
            throw ConveneException.onField("language", "statement.translation.of-translation");
        }
        var lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!StatementService.LANGUAGES.contains(lang) || lang.equals(h.language())) {
            throw ConveneException.onField("language", "statement.translation.language");
        }
        var existing = translations.findBySourceId(sourceId).stream()
                .map(t -> drafts.header(t.getTranslationId()).map(Drafts.Header::language).orElse(""))
                .anyMatch(lang::equals);
        if (existing) {
            throw ConveneException.onField("language", "statement.translation.exists");
        }
        var name = Validation.requireLine(title, "title", Statement.TITLE_MAX);
        var made = drafts.createTranslation(sourceId, lang, name, access.me());
        translations.save(new Translation(made.statementId(), sourceId, clock.instant()));
        var versions = new HashMap<Long, Long>();
        drafts.body(sourceId).forEach(s -> s.paragraphs().forEach(p -> versions.put(p.id(), p.version())));
        made.paragraphToSource().forEach((paragraph, source) ->
                sources.save(new ParagraphSource(paragraph, source, versions.get(source))));
        return made.statementId();
    }

    /** Links a translated paragraph (say one added later) to a source paragraph, at the source's current version. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void link(long translationId, long paragraphId, long sourceParagraphId) {
        var t = translations.findById(translationId).orElseThrow(NotFoundException::new);
        editable(translationId);
        var p = drafts.paragraph(paragraphId).filter(x -> x.statementId() == translationId && !x.deleted())
                .orElseThrow(NotFoundException::new);
        var src = drafts.paragraph(sourceParagraphId).filter(x -> x.statementId() == t.getSourceId() && !x.deleted())
                .orElseThrow(() -> ConveneException.onField("source", "statement.review.error.paragraph-deleted"));
        var row = sources.findById(p.id()).orElse(null);
        if (row == null) {
            sources.save(new ParagraphSource(p.id(), src.id(), src.version()));
        } else {
            sources.delete(row);
            sources.flush();
            sources.save(new ParagraphSource(p.id(), src.id(), src.version()));
        }
        drafts.recordChange(translationId, "TRANSLATION", paragraphId, access.me());
    }

    /** The translator has brought a paragraph in line with the source's current version. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markUpToDate(long translationId, long paragraphId) {
        editable(translationId);
        var row = sources.findById(paragraphId).orElseThrow(NotFoundException::new);
        var src = drafts.paragraph(row.getSourceParagraphId()).orElseThrow(NotFoundException::new);
        if (src.deleted()) {
            throw new ConveneException("statement.review.error.paragraph-deleted");
        }
        row.caughtUp(src.version());
        drafts.recordChange(translationId, "TRANSLATION", paragraphId, access.me());
    }

    /** The translation page's content; 404 when it is no translation or the reader may not read it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public TranslationView view(long translationId) {
        var h = access.readable(translationId);
        var t = translations.findById(translationId).orElseThrow(NotFoundException::new);
        var source = drafts.header(t.getSourceId()).orElseThrow(NotFoundException::new);
        var paragraphIds = new ArrayList<Long>();
        var body = drafts.body(translationId);
        body.forEach(s -> s.paragraphs().forEach(p -> paragraphIds.add(p.id())));
        var links = new HashMap<Long, ParagraphSource>();
        if (!paragraphIds.isEmpty()) {
            sources.findByParagraphs(paragraphIds).forEach(l -> links.put(l.getParagraphId(), l));
        }
        var rows = new ArrayList<TranslationView.Row>();
        for (var s : body) {
            for (var p : s.paragraphs()) {
                var link = links.get(p.id());
                if (link == null) {
                    rows.add(new TranslationView.Row(p.id(), p.text(), p.version(), null, 0, 0, false, "", ""));
                    continue;
                }
                var src = drafts.paragraph(link.getSourceParagraphId()).orElse(null);
                var deleted = src == null || src.deleted();
                var current = src == null ? link.getSourceVersion() : src.version();
                var outOfDate = deleted || current != link.getSourceVersion();
                var then = outOfDate ? drafts.textAt(link.getSourceParagraphId(), link.getSourceVersion()).orElse("") : "";
                rows.add(new TranslationView.Row(p.id(), p.text(), p.version(), link.getSourceParagraphId(),
                        link.getSourceVersion(), current, deleted, then, src == null ? "" : src.text()));
            }
        }
        var canEdit = access.organiser() || h.isEditor(access.me());
        return new TranslationView(translationId, h.language(), source.id(), source.language(), source.title(), rows,
                canEdit && !h.status().frozen());
    }

    /** The translations of a statement (id → language), for links. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TranslationView.Ref> translationsOf(long sourceId) {
        access.readable(sourceId);
        return translations.findBySourceId(sourceId).stream().map(x -> drafts.header(x.getTranslationId()))
                .flatMap(java.util.Optional::stream)
                .map(x -> new TranslationView.Ref(x.id(), x.language(), x.title(), x.status())).toList();
    }

    /** Whether a statement is a translation (and of which source). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> sourceOf(long statementId) {
        return translations.findById(statementId).map(Translation::getSourceId);
    }

    private void editable(long translationId) {
        var h = access.readable(translationId);
        if (!access.organiser() && !h.isEditor(access.me())) {
            throw new org.convene.base.AccessDeniedException();
        }
        ReviewAccess.requireUnfrozen(h);
    }
}
