/**
 * The account module's views (sign-up, login, profile, password reset, user administration). Exposed as
 * the named interface "ui" so that other modules may link to these views with a {@code RouterLink}.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.convene.account.ui;
