package org.mentormatch.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mentormatch.event.ProgrammeEvent;

/** Programme events as a subscriber sees them: only once the transaction that fired them has committed. */
@ApplicationScoped
public class RecordedEvents {

    private final List<ProgrammeEvent> committed = new CopyOnWriteArrayList<>();

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgrammeEvent event) {
        committed.add(event);
    }

    public List<ProgrammeEvent> committed() {
        return List.copyOf(committed);
    }
}
