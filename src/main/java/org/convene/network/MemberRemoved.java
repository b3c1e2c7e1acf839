package org.convene.network;

public record MemberRemoved(long groupId, long userId) {
}
