/**
 * The statement module's views (the drafting list and editor) and the extension points other parts
 * of the module fill: {@link org.convene.statement.ui.StatementPanel} and
 * {@link org.convene.statement.ui.ParagraphAction}.
 */
package org.convene.statement.ui;
