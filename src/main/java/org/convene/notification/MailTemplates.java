package org.convene.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.convene.base.i18n.TranslationProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a message's parts into its plain-text and HTML bodies (layout in {@code mail/layout.html}).
 * Every piece of text is escaped for HTML: titles and reasons come from people.
 */
@Component
class MailTemplates {

    /** One message before rendering: paragraphs (may contain line breaks), an optional call to action. */
    record Content(String subject, String greetingName, List<String> paragraphs, String linkLabel, String linkUrl) {
    }

    record Rendered(String text, String html) {
    }

    private final TranslationProvider i18n;
    private final String layout;

    MailTemplates(TranslationProvider i18n) {
        this.i18n = i18n;
        try {
            this.layout = new ClassPathResource("mail/layout.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Rendered render(Content c, Locale locale) {
        var greeting = c.greetingName() == null || c.greetingName().isBlank()
                ? i18n.getTranslation("mail.greeting.anonymous", locale)
                : i18n.getTranslation("mail.greeting", locale, c.greetingName());
        var closing = i18n.getTranslation("mail.closing", locale);
        var footer = i18n.getTranslation("mail.footer", locale);

        var text = new StringBuilder(greeting).append("\n\n");
        var html = new StringBuilder("<p>").append(escape(greeting)).append("</p>\n");
        for (var p : c.paragraphs()) {
            if (p == null || p.isBlank()) {
                continue;
            }
            text.append(p).append("\n\n");
            html.append("<p>").append(escape(p)).append("</p>\n");
        }
        if (c.linkUrl() != null) {
            text.append(c.linkLabel()).append(":\n").append(c.linkUrl()).append("\n\n");
            html.append("<p><a href=\"").append(escape(c.linkUrl()))
                    .append("\" style=\"display:inline-block;padding:10px 18px;background:#1c4e80;color:#ffffff;")
                    .append("text-decoration:none;border-radius:4px;\">").append(escape(c.linkLabel())).append("</a></p>\n")
                    .append("<p style=\"font-size:12px;color:#6b7785;word-break:break-all;\">")
                    .append(escape(c.linkUrl())).append("</p>\n");
        }
        text.append(closing).append("\n\n-- \n").append(footer).append("\n");
        html.append("<p>").append(escape(closing)).append("</p>");
        var page = layout.replace("{{lang}}", locale.getLanguage())
                .replace("{{subject}}", HtmlUtils.htmlEscape(c.subject()))
                .replace("{{footer}}", escape(footer))
                .replace("{{content}}", html.toString());
        return new Rendered(text.toString(), page);
    }

    /** HTML-escaped, line breaks kept. */
    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8").replace("\n", "<br>\n");
    }
}
