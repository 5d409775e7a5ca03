package org.mentormatch.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mentormatch.event.EventType;
import org.mentormatch.event.ProgrammeEvent;

/** Every programme event whose transaction committed, for tests of the features that fire them. */
@ApplicationScoped
public class FiredEvents {

    private final List<ProgrammeEvent> committed = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgrammeEvent event) {
        committed.add(event);
    }

    /** The committed events of this type whose data has {@code key} = {@code value}. */
    public List<ProgrammeEvent> of(EventType type, String key, String value) {
        return committed.stream()
                .filter(event -> event.type() == type && value.equals(event.data().get(key)))
                .toList();
    }
}
