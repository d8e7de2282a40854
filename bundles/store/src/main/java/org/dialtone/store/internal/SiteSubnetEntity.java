package org.dialtone.store.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "site_subnet")
public class SiteSubnetEntity extends StoredEntity {
    @Column(name = "site_id")
    long siteId;
    @Column(name = "parent_id")
    Long parentId;
    @Column(name = "ip_address")
    String ipAddress;
    @Column(name = "mask_length")
    int maskLength;
    @Column(name = "range_low")
    String rangeLow;
    @Column(name = "range_high")
    String rangeHigh;
    int position;
}
