package org.dialtone.store.internal;

import java.util.Locale;

/** The databases Dialtone supports; migrations may differ per dialect in a subfolder of that name. */
enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    String folder() {
        return folder;
    }

    static Dialect of(String databaseProductName) {
        String name = databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Database " + databaseProductName
                + " is not supported; use the embedded H2 default or PostgreSQL");
    }
}
