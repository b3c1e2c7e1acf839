package org.convene.network.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.convene.network.ExpertGroup;

/**
 * A section another module adds under a group's details in {@link GroupsView} (the document module
 * adds the group's library) without the network module knowing that module. Implement it as a
 * Spring bean; sections appear by {@link #order()}. {@link #create} runs on the UI thread with the
 * viewer's security context and must return a new component every time.
 */
public interface GroupPageSection {

    /** Lower first. */
    int order();

    Optional<Component> create(ExpertGroup group);
}
