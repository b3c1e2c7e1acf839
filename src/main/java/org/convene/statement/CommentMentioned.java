package org.convene.statement;

import java.util.List;

/** A comment names team members ({@code @Name}); they are told. */
public record CommentMentioned(long commentId, long statementId, long authorId, List<Long> mentionedUserIds) {
}
