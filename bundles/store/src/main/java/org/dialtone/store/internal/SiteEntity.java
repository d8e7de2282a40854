package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "site")
@SequenceGenerator(name = "inventory_seq", sequenceName = "inventory_seq", allocationSize = 50)
public class SiteEntity {
    static final long INTERNET_ID = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_seq")
    long id;
    String name;
    @Column(name = "name_key")
    String nameKey;
    String description;
    String location;
    @Column(name = "download_path")
    String downloadPath;
    @Column(name = "agent_site_specific")
    boolean agentSiteSpecific;
    @Column(name = "built_in")
    String builtIn;
    @Column(name = "modified_at")
    LocalDateTime modifiedAt;
    @Column(name = "modified_by")
    String modifiedBy;
    @Version
    long version;
}
