package org.dialtone.store.internal;

import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.SequenceGenerator;

/** A row with an id from the one shared sequence (ids are unique across tables, which logs and audits rely on). */
@MappedSuperclass
@SequenceGenerator(name = "inventory_seq", sequenceName = "inventory_seq", allocationSize = 50)
abstract class StoredEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_seq")
    long id;
}
