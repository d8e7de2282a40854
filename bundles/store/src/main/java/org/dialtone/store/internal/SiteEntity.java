package org.dialtone.store.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "site")
public class SiteEntity extends AdminEditedEntity {
    static final long INTERNET_ID = 1;

    String name;
    @Column(name = "name_key")
    String nameKey;
    String description;
    String location;
    @Column(name = "download_path")
    String downloadPath;
    @Column(name = "agent_site_specific")
    boolean agentSiteSpecific;
    @Column(name = "poll_interval_minutes")
    Integer pollIntervalMinutes;
    @Column(name = "built_in")
    String builtIn;
}
