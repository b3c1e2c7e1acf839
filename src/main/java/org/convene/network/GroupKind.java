package org.convene.network;

/** An expert group (mandated, e.g. Drug Policies and Human Rights) or a wider network of professionals. */
public enum GroupKind {
    EXPERT_GROUP, NETWORK
}
