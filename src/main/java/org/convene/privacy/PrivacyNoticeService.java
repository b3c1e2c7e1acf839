package org.convene.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.convene.base.ConveneSettings;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The privacy notice, in English and French. The operator may replace either text with a Markdown
 * file of their own ({@code PRIVACY_NOTICE_EN}, {@code PRIVACY_NOTICE_FR}); the defaults say what
 * Convene keeps, why, for how long and how to see, download or delete it. Both may use the
 * placeholders {@code {organisation}}, {@code {contact}}, {@code {retentionMonths}},
 * {@code {mailRetentionDays}} and {@code {publicUrl}}, filled from the running configuration so the
 * notice never contradicts the retention settings. Read and rendered once at start-up: a file that
 * cannot be read stops the start with a message naming it.
 */
@Service
public class PrivacyNoticeService {

    private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private final String english;
    private final String french;

    @Autowired
    PrivacyNoticeService(ConveneSettings settings, @Value("${convene.privacy.notice-en:}") String englishFile,
                         @Value("${convene.privacy.notice-fr:}") String frenchFile,
                         @Value("${convene.privacy.contact:}") String contact) {
        this(englishFile, frenchFile, settings.organisation().name(), contact.isBlank() ? settings.mail().from() : contact.strip(),
                settings.retention().months(), settings.mail().bodyRetention(), settings.publicUrl());
    }

    PrivacyNoticeService(String englishFile, String frenchFile, String organisation, String contact, int retentionMonths,
                         Duration mailRetention, String publicUrl) {
        var values = Map.of(
                "{organisation}", organisation,
                "{contact}", contact,
                "{retentionMonths}", Integer.toString(retentionMonths),
                "{mailRetentionDays}", Long.toString(Math.max(1, mailRetention.toDays())),
                "{publicUrl}", publicUrl);
        this.english = render(read(englishFile, "privacy/notice_en.md"), values);
        this.french = render(read(frenchFile, "privacy/notice_fr.md"), values);
    }

    /** The notice as safe HTML (one {@code <div>}) in French for French readers, else in English. */
    public String html(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? french : english;
    }

    private static String read(String operatorFile, String fallback) {
        try {
            if (operatorFile != null && !operatorFile.isBlank()) {
                return Files.readString(Path.of(operatorFile.strip()), StandardCharsets.UTF_8);
            }
            try (var in = new ClassPathResource(fallback).getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The privacy notice " + (operatorFile == null || operatorFile.isBlank()
                    ? fallback : operatorFile) + " cannot be read", e);
        }
    }

    static String render(String markdown, Map<String, String> values) {
        var text = markdown;
        for (var entry : values.entrySet()) {
            text = text.replace(entry.getKey(), entry.getValue());
        }
        var html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build()
                .render(Parser.builder().build().parse(text));
        return "<div class=\"convene-privacy-notice\">" + Jsoup.clean(html, SAFE) + "</div>";
    }
}
