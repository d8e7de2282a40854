package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "account")
public class AccountEntity extends AdminEditedEntity {
    String name;
    @Column(name = "name_key")
    String nameKey;
    @Column(name = "full_name")
    String fullName;
    String email;
    String role;
    boolean enabled;
    @Column(name = "password_hash")
    String passwordHash;
    @Column(name = "password_changed_at")
    LocalDateTime passwordChangedAt;
    @Column(name = "last_sign_in_at")
    LocalDateTime lastSignInAt;
    @Column(name = "last_sign_in_address")
    String lastSignInAddress;
    @Column(name = "created_at")
    LocalDateTime createdAt;
    @Column(name = "site_limited")
    boolean siteLimited;
}
