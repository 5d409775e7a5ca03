package org.mentormatch.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.mentormatch.event.ProgrammeEvent;

/** The programme events the service fired and committed during the tests, for assertions on them. */
@ApplicationScoped
public class RecordedEvents {

    private final List<ProgrammeEvent> committed = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgrammeEvent event) {
        committed.add(event);
    }

    /** The committed events that match, in the order they were fired. */
    public List<ProgrammeEvent> matching(Predicate<ProgrammeEvent> filter) {
        return committed.stream().filter(filter).toList();
    }
}
