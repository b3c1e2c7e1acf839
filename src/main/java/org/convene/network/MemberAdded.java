package org.convene.network;

public record MemberAdded(long groupId, long userId) {
}
