/**
 * The seminar module's views (organiser list and editor, public catalogue, seminar page) and the
 * {@link org.convene.seminar.ui.SeminarPageSection} extension point. Exposed as the named interface
 * "ui" so that other modules may contribute sections to the seminar page and link to these views.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.convene.seminar.ui;
