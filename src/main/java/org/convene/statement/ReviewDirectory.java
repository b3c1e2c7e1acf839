package org.convene.statement;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link StatementDirectory} for the e-mails: title and links of a statement, without access checks. */
@Component
class ReviewDirectory implements StatementDirectory {

    /** Route of the published page (this part's {@code PublishedStatementView}). */
    public static final String PUBLISHED_ROUTE = "statements/published";
    /** Route of the review page (this part's {@code StatementReviewView}). */
    public static final String REVIEW_ROUTE = "statements/review";

    private final Drafts drafts;
    private final PublicationRepository publications;

    ReviewDirectory(Drafts drafts, PublicationRepository publications) {
        this.drafts = drafts;
        this.publications = publications;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Facts> forSystem(long statementId) {
        return drafts.header(statementId).map(h -> {
            var published = publications.findByStatement(statementId).stream().findFirst()
                    .map(p -> PUBLISHED_ROUTE + "/" + p.getPublicId()).orElse(REVIEW_ROUTE + "/" + h.id());
            return new Facts(h.id(), h.publicId(), h.title(), REVIEW_ROUTE + "/" + h.id(), published);
        });
    }
}
