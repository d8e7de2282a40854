package org.dialtone.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.monitoring.Alert;

/** Alerts; one of a kind per subject is open at a time, whichever node raises it first. */
public interface AlertRepository {
    /** The new alert, or empty when one of its kind is open for the subject already. */
    Optional<Alert> raise(Alert.Kind kind, Long deviceId, String subject, String message, Instant at);

    /** Clears the open alerts of the kind for these subjects, as Dialtone (their condition ended); how many. */
    int resolve(Alert.Kind kind, List<String> subjects, Instant at);

    /** The subjects of the kind's alerts not cleared. */
    List<String> openSubjects(Alert.Kind kind);

    /** Alerts not cleared, by kind (kinds with none left out). */
    java.util.Map<Alert.Kind, Long> openCounts();

    Page<Alert> find(Alert.State state, Alert.Kind kind, Long deviceId, PageRequest page);

    Optional<Alert> get(long id);

    /** OPEN to ACKNOWLEDGED; false when it was not open. */
    boolean acknowledge(long id, String actor, Instant at);

    /** To CLEARED; false when it was cleared already. */
    boolean clear(long id, String actor, Instant at);
}
