package org.convene.statement;

public enum CheckAnswer {
    YES, NO, NOT_APPLICABLE
}
