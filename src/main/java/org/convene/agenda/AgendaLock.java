package org.convene.agenda;

import java.time.Clock;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every change of an agenda starts with: the seminar may still be edited, and the agenda's row
 * lock is held for the rest of the (READ COMMITTED) transaction, so the room and speaker checks
 * cannot race.
 */
@Component
class AgendaLock {

    private final AgendaRepository agendas;
    private final SeminarService seminars;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    AgendaLock(AgendaRepository agendas, SeminarService seminars, Clock clock, PlatformTransactionManager transactions) {
        this.agendas = agendas;
        this.seminars = seminars;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The seminar, for organisers (access checked by the seminar service); refused once cancelled. */
    SeminarDetails editableSeminar(long seminarId) {
        var seminar = seminars.get(seminarId);
        if (seminar.status() == SeminarStatus.CANCELLED) {
            throw new ConveneException("agenda.seminar.cancelled");
        }
        return seminar;
    }

    /**
     * Takes the agenda's row lock for this transaction. The row is created first, in a transaction
     * of its own, when missing: inserting it here would leave gap and shared locks that deadlock
     * two concurrent first edits.
     */
    Agenda lock(long seminarId) {
        if (!agendas.existsBySeminarId(seminarId)) {
            newTransaction.executeWithoutResult(status -> agendas.createIfAbsent(seminarId, clock.instant()));
        }
        return agendas.lock(seminarId).orElseThrow(NotFoundException::new);
    }

    /** The draft changed: the agenda's modification time moves. */
    void touch(long seminarId) {
        agendas.findBySeminarId(seminarId).ifPresent(a -> a.touch(clock.instant()));
    }
}
