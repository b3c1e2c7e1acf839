package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.convene.agenda.SlotConflicts.Slot;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;

class SlotConflictsTest {

    static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 28, 9, 0);
    static final long ROOM = 1;
    static final long OTHER_ROOM = 2;
    static final long ANA = 10;
    static final long BEN = 11;

    final List<Long> namesAsked = new ArrayList<>();
    final LongFunction<String> names = id -> {
        namesAsked.add(id);
        return id == ANA ? "Ana" : "Ben";
    };

    static Slot slot(Long id, String title, int fromHour, int toHour, Long room, Long... people) {
        return new Slot(id, title, NINE.withHour(fromHour), NINE.withHour(toHour), room, Set.of(people));
    }

    @Test
    void a_room_clash_names_every_session_there_with_times_in_each_language() {
        var current = List.of(slot(1L, "Opening", 13, 14, ROOM), slot(2L, "Keynote", 14, 15, ROOM));
        var changes = Map.of(SlotConflicts.NEW, slot(null, "Panel", 13, 15, ROOM));

        assertThatThrownBy(() -> SlotConflicts.check(current, changes, true, names))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    var i18n = new org.convene.base.i18n.TranslationProvider();
                    var english = i18n.getTranslation(e.getMessageKey(), java.util.Locale.ENGLISH, e.getArgs())
                            .replace('\u202F', ' ').replace('\u2009', ' ');
                    var french = i18n.getTranslation(e.getMessageKey(), java.util.Locale.FRENCH, e.getArgs())
                            .replace('\u202F', ' ').replace('\u2009', ' ').replace('\u00A0', ' ');
                    assertThat(english).isEqualTo(
                            "The room is taken at that time by “Opening” (1:00 – 2:00 PM) and “Keynote” (2:00 – 3:00 PM).");
                    assertThat(french).isEqualTo(
                            "La salle est occupée à ce moment par « Opening » (13:00 – 14:00) et « Keynote » (14:00 – 15:00).");
                });
    }

    @Test
    void a_new_session_in_a_busy_room_is_refused_naming_the_session_there() {
        var current = List.of(slot(1L, "Opening", 9, 10, ROOM));
        var changes = Map.of(SlotConflicts.NEW, slot(null, "Panel", 9, 11, ROOM));

        assertThatThrownBy(() -> SlotConflicts.check(current, changes, true, names))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("agenda.room.conflict");
                    assertThat(e.getField()).isEqualTo("startsAt");
                    assertThat(e.getMessage()).contains("Opening", "09:00", "10:00");
                });
    }

    @Test
    void sessions_that_only_touch_or_use_other_rooms_do_not_conflict() {
        var current = List.of(slot(1L, "Opening", 9, 10, ROOM), slot(2L, "Workshop", 10, 12, OTHER_ROOM));
        var changes = Map.of(SlotConflicts.NEW, slot(null, "Panel", 10, 11, ROOM));

        assertThatCode(() -> SlotConflicts.check(current, changes, false, names)).doesNotThrowAnyException();
    }

    @Test
    void sessions_without_a_room_never_clash_by_room() {
        var current = List.of(slot(1L, "Coffee", 9, 10, null));
        var changes = Map.of(SlotConflicts.NEW, slot(null, "Lunch", 9, 10, null));

        assertThatCode(() -> SlotConflicts.check(current, changes, false, names)).doesNotThrowAnyException();
    }

    @Test
    void an_edited_session_is_compared_with_the_others_as_they_will_be_not_with_itself() {
        var current = List.of(slot(1L, "Opening", 9, 10, ROOM), slot(2L, "Panel", 10, 11, ROOM));
        var changes = new HashMap<Long, Slot>();
        changes.put(1L, slot(1L, "Opening", 9, 11, ROOM));
        changes.put(2L, slot(2L, "Panel", 11, 12, ROOM));

        assertThatCode(() -> SlotConflicts.check(current, changes, false, names)).doesNotThrowAnyException();

        changes.put(2L, slot(2L, "Panel", 10, 11, ROOM));
        assertThatThrownBy(() -> SlotConflicts.check(current, changes, false, names))
                .isInstanceOfSatisfying(ConveneException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("agenda.room.conflict"));
    }

    @Test
    void a_speaker_in_two_places_is_a_warning_listing_each_clash_once_and_asking_each_name_once() {
        var current = List.of(slot(1L, "Keynote", 9, 10, ROOM, ANA, BEN), slot(2L, "Panel", 9, 10, OTHER_ROOM, ANA));
        var changes = Map.of(SlotConflicts.NEW, slot(null, "Workshop", 9, 10, null, ANA, BEN));

        assertThatThrownBy(() -> SlotConflicts.check(current, changes, false, names))
                .isInstanceOfSatisfying(SpeakerConflictException.class, e -> assertThat(e.getConflicts())
                        .extracting(SpeakerConflict::personName, SpeakerConflict::otherItemId)
                        .containsExactlyInAnyOrder(
                                tuple("Ana", 1L),
                                tuple("Ben", 1L),
                                tuple("Ana", 2L)));
        assertThat(namesAsked).containsExactlyInAnyOrder(ANA, BEN);
    }

    @Test
    void a_confirmed_speaker_conflict_passes_but_a_room_clash_never_does() {
        var current = List.of(slot(1L, "Keynote", 9, 10, ROOM, ANA));

        assertThatCode(() -> SlotConflicts.check(current,
                Map.of(SlotConflicts.NEW, slot(null, "Panel", 9, 10, OTHER_ROOM, ANA)), true, names))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SlotConflicts.check(current,
                Map.of(SlotConflicts.NEW, slot(null, "Panel", 9, 10, ROOM)), true, names))
                .isInstanceOf(ConveneException.class)
                .isNotInstanceOf(SpeakerConflictException.class);
    }

    @Test
    void speakers_and_chairs_count_alike() {
        var form = new ItemForm("Panel", "", ItemType.PANEL, NINE, NINE.plusHours(1), null, "", "",
                List.of(ANA), List.of(BEN));

        assertThat(SlotConflicts.personIds(form)).containsExactlyInAnyOrder(ANA, BEN);
    }
}
