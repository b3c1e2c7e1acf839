package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.convene.base.security.SecurityHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The export endpoint answers as the published page does: the reader's files, and 404 for everyone else. */
class StatementDownloadsHttpTest extends ReviewTestBase {

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void mockMvcWithTheServersFilters() {
    }

    @Test
    void a_group_only_publication_downloads_for_a_member_and_is_404_for_visitors_strangers_and_unknown_versions() throws Exception {
        var id = aWrittenStatement();
        var s = inviteSigners(id, 1);
        workflow.configure(id, Quorum.ALL, PublicationVisibility.GROUP);
        workflow.freeze(id);
        signIn(s.get(0));
        signatures.sign(id, Decision.ENDORSED, "");
        signIn(lead);
        workflow.publish(id, "");
        var publicId = signOff.state(id).publicId();
        signOut();
        var base = "/api/public/statements/" + publicId + "/1";

        var pdf = mvc.perform(get(base + ".pdf").with(authentication(auth(coAuthor)))).getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var html = mvc.perform(get(base + ".html").with(authentication(auth(coAuthor)))).getResponse();
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        for (var ext : new String[] {"docx", "md"}) {
            assertThat(mvc.perform(get(base + "." + ext).with(authentication(auth(coAuthor)))).getResponse().getStatus())
                    .as(ext).isEqualTo(200);
        }

        assertThat(mvc.perform(get(base + ".pdf")).getResponse().getStatus()).as("visitor").isEqualTo(404);
        assertThat(mvc.perform(get(base + ".pdf").with(authentication(auth(stranger)))).getResponse().getStatus())
                .as("stranger").isEqualTo(404);
        assertThat(mvc.perform(get("/api/public/statements/" + publicId + "/9.pdf").with(authentication(auth(coAuthor))))
                .getResponse().getStatus()).as("unknown version").isEqualTo(404);
        assertThat(mvc.perform(get(base + ".exe").with(authentication(auth(coAuthor)))).getResponse().getStatus())
                .as("unknown format").isEqualTo(404);
    }

    private Authentication auth(String email) {
        var details = userDetailsService.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}
