package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;

class NetworkServiceTest extends IntegrationTest {

    @Autowired
    NetworkService network;

    @Test
    void organisers_create_groups_of_experts_and_experts_see_only_their_own() {
        var coordinator = aUser("Group Coordinator", Role.EXPERT);
        var member = aUser("Group Member", Role.EXPERT);
        var outsider = aUser("Other Expert", Role.EXPERT);
        signIn(aUser("Group Organiser", Role.ORGANISER));
        var name = "SNP " + UUID.randomUUID();
        var id = network.create(new GroupForm(name, GroupKind.NETWORK, "Professionals working with refugees", idOf(coordinator)));
        network.addMember(id, idOf(member));

        signIn(member);
        assertThat(network.visibleGroups("", Pageable.ofSize(20)).getContent()).extracting(ExpertGroup::getName).contains(name);
        assertThat(network.get(id).getMembers()).hasSize(2);
        signIn(outsider);
        assertThat(network.visibleGroups("", Pageable.ofSize(20)).getContent()).extracting(ExpertGroup::getName).doesNotContain(name);
        assertThatThrownBy(() -> network.get(id)).isInstanceOf(org.convene.base.NotFoundException.class);
    }

    @Test
    void only_experts_can_join_and_only_managers_change_members() {
        var participant = aUser("Not An Expert");
        var expert = aUser("Some Expert", Role.EXPERT);
        signIn(aUser("Members Organiser", Role.ORGANISER));
        var id = network.create(new GroupForm("Human rights " + UUID.randomUUID(), GroupKind.EXPERT_GROUP, "", null));
        assertThatThrownBy(() -> network.addMember(id, idOf(participant)))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("groups.member.not-expert"));
        assertThat(network.get(id).getMembers()).isEmpty();

        signIn(expert);
        assertThatThrownBy(() -> network.addMember(id, idOf(expert))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> network.create(new GroupForm("Mine", GroupKind.NETWORK, "", null)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void group_names_are_unique_and_validated() {
        signIn(aUser("Names Organiser", Role.ORGANISER));
        var name = "Gender " + UUID.randomUUID();
        network.create(new GroupForm(name, GroupKind.EXPERT_GROUP, "", null));
        assertThatThrownBy(() -> network.create(new GroupForm(name.toUpperCase(), GroupKind.EXPERT_GROUP, "", null)))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("name"));
        assertThatThrownBy(() -> network.create(new GroupForm("x".repeat(151), GroupKind.EXPERT_GROUP, "", null)))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("validation.too-long"));
    }
}
