package org.convene.agenda;

import java.util.List;
import java.util.stream.Collectors;
import org.convene.base.ConveneException;

/**
 * Nothing was saved because a speaker or chair would be in two places at once. Saving again with
 * {@code confirmSpeakerConflicts} stores the change anyway (a keynote may leave a panel early).
 */
public class SpeakerConflictException extends ConveneException {

    private final transient List<SpeakerConflict> conflicts;

    SpeakerConflictException(List<SpeakerConflict> conflicts) {
        super("agenda.speaker.conflict",
                conflicts.stream().map(SpeakerConflict::personName).distinct().collect(Collectors.joining(", ")),
                conflicts.stream().map(c -> "“" + c.otherItemTitle() + "”").distinct().collect(Collectors.joining(", ")));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<SpeakerConflict> getConflicts() {
        return conflicts;
    }
}
