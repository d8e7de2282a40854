package org.dialtone.store.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.dialtone.api.ConflictException;
import org.dialtone.api.DialtoneException;

/** Transactions and the small conversions every repository needs. */
final class Jpa {
    /** Largest IN list sent in one statement. */
    static final int CHUNK = 1000;

    private Jpa() {
    }

    /**
     * Runs {@code work} in one transaction. Our own exceptions pass through; an optimistic lock failure becomes
     * a conflict that says what to do.
     */
    static <T> T tx(JpaTemplate jpa, String what, Function<EntityManager, T> work) {
        try {
            // RESOURCE_LOCAL templates only support REQUIRED, reads included.
            return jpa.txExpr(TransactionType.Required, work::apply);
        } catch (RuntimeException e) {
            if (causedBy(e, DialtoneException.class) instanceof DialtoneException ours) {
                throw ours;
            }
            if (causedBy(e, OptimisticLockException.class) != null) {
                throw new ConflictException("The " + what + " was changed by someone else meanwhile; reload and apply your change again");
            }
            throw e;
        }
    }

    static Throwable causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** A LIKE pattern matching {@code text} anywhere, case-insensitively; use with {@code ESCAPE '\'}. */
    static String contains(String text) {
        return "%" + likeEscaped(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text as a LIKE pattern matching itself; use with {@code ESCAPE '\'}. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** A timestamp column of a native query's row, as the driver hands it (H2: LocalDateTime, PostgreSQL: Timestamp). */
    static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return instant(timestamp.toLocalDateTime());
        }
        return instant((LocalDateTime) column);
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Whether another row of {@code entity} (one with a {@code nameKey}) already has this name in any case. */
    static boolean nameTaken(EntityManager em, String entity, String name, Long self) {
        List<Long> ids = em.createQuery("SELECT e.id FROM " + entity + " e WHERE e.nameKey = :key", Long.class)
                .setParameter("key", key(name)).getResultList();
        return !ids.isEmpty() && (self == null || !ids.contains(self));
    }

    static <T> T expectVersion(T entity, long actual, Long expected, String what) {
        if (expected != null && expected != actual) {
            throw new ConflictException("The " + what + " is at version " + actual + ", not " + expected
                    + "; someone changed it meanwhile. Reload and apply your change again");
        }
        return entity;
    }

    static void lock(EntityManager em, Object entity) {
        em.lock(entity, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
