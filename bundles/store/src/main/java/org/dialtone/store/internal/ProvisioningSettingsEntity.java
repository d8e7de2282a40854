package org.dialtone.store.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "provisioning_settings")
public class ProvisioningSettingsEntity {
    static final int SINGLETON_ID = 1;

    @Id
    private int id;
    @Column(name = "host_name")
    private String hostName;
    @Column(name = "download_path_inside")
    private String downloadPathInside;
    @Column(name = "download_path_outside")
    private String downloadPathOutside;
    @Column(name = "polling_window_start", nullable = false)
    private LocalTime pollingWindowStart;
    @Column(name = "polling_window_end", nullable = false)
    private LocalTime pollingWindowEnd;
    @Column(name = "account_user")
    private String accountUser;
    @Column(name = "account_secret")
    private String accountSecret;
    /** UTC. */
    @Column(name = "modified_at", nullable = false)
    private LocalDateTime modifiedAt;
    @Column(name = "modified_by", nullable = false)
    private String modifiedBy;
    @Version
    private long version;

    protected ProvisioningSettingsEntity() {
    }

    String getHostName() { return hostName; }
    String getDownloadPathInside() { return downloadPathInside; }
    String getDownloadPathOutside() { return downloadPathOutside; }
    LocalTime getPollingWindowStart() { return pollingWindowStart; }
    LocalTime getPollingWindowEnd() { return pollingWindowEnd; }
    String getAccountUser() { return accountUser; }
    String getAccountSecret() { return accountSecret; }
    LocalDateTime getModifiedAt() { return modifiedAt; }
    String getModifiedBy() { return modifiedBy; }
    long getVersion() { return version; }

    void assign(String hostName, String downloadPathInside, String downloadPathOutside, LocalTime pollingWindowStart,
                LocalTime pollingWindowEnd, String accountUser, String accountSecret, LocalDateTime modifiedAt,
                String modifiedBy) {
        this.hostName = hostName;
        this.downloadPathInside = downloadPathInside;
        this.downloadPathOutside = downloadPathOutside;
        this.pollingWindowStart = pollingWindowStart;
        this.pollingWindowEnd = pollingWindowEnd;
        this.accountUser = accountUser;
        this.accountSecret = accountSecret;
        this.modifiedAt = modifiedAt;
        this.modifiedBy = modifiedBy;
    }
}
