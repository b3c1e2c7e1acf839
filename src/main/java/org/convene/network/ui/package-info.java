/**
 * The network module's view of expert groups and the {@link org.convene.network.ui.GroupPageSection}
 * extension point. Exposed as the named interface "ui" so that other modules (documents) may add
 * sections under a group's details.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.convene.network.ui;
