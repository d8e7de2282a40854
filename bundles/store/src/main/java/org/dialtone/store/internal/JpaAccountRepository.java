package org.dialtone.store.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.ConflictException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.security.Account;
import org.dialtone.api.security.ApiToken;
import org.dialtone.api.security.Role;
import org.dialtone.store.AccountRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AccountRepository.class)
public class JpaAccountRepository implements AccountRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaAccountRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public long count() {
        return Jpa.tx(jpa, "account", em -> em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class).getSingleResult());
    }

    @Override
    public java.util.Set<Long> existingSites(java.util.Collection<Long> siteIds) {
        if (siteIds.isEmpty()) {
            return java.util.Set.of();
        }
        return Jpa.tx(jpa, "site", em -> java.util.Set.copyOf(em.createQuery("SELECT s.id FROM SiteEntity s WHERE s.id IN :ids", Long.class)
                .setParameter("ids", List.copyOf(siteIds)).getResultList()));
    }

    @Override
    public Page<Account> find(String search, PageRequest page) {
        String where = search == null || search.isBlank() ? "1 = 1"
                : "(a.nameKey LIKE :q ESCAPE '\\' OR LOWER(a.fullName) LIKE :q ESCAPE '\\' OR LOWER(a.email) LIKE :q ESCAPE '\\')";
        return Jpa.tx(jpa, "account", em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AccountEntity a WHERE " + where, Long.class);
            TypedQuery<AccountEntity> items = em.createQuery("SELECT a FROM AccountEntity a WHERE " + where + " ORDER BY a.nameKey", AccountEntity.class);
            if (!where.equals("1 = 1")) {
                count.setParameter("q", Jpa.contains(search));
                items.setParameter("q", Jpa.contains(search));
            }
            List<AccountEntity> found = items.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            java.util.Map<Long, List<Long>> sites = sitesOf(em, found);
            return new Page<>(found.stream().map(a -> account(a, sites.getOrDefault(a.id, List.of()))).toList(),
                    count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public Optional<Account> get(long id) {
        return Jpa.tx(jpa, "account", em -> Optional.ofNullable(em.find(AccountEntity.class, id)).map(a -> account(em, a)));
    }

    @Override
    public Optional<Account> byName(String name) {
        return Jpa.tx(jpa, "account", em -> named(em, name).map(a -> account(em, a)));
    }

    @Override
    public Optional<String> passwordHash(String name) {
        return Jpa.tx(jpa, "account", em -> named(em, name).map(a -> a.passwordHash));
    }

    @Override
    public long otherEnabledAdmins(long accountId) {
        return Jpa.tx(jpa, "account", em -> em.createQuery("SELECT COUNT(a) FROM AccountEntity a WHERE a.role = 'ADMIN' AND a.enabled = TRUE"
                + " AND a.id <> :id", Long.class).setParameter("id", accountId).getSingleResult());
    }

    @Override
    public Account create(AccountWrite account, String actor) {
        return Jpa.tx(jpa, "account", em -> {
            requireFreeName(em, account.name(), null);
            AccountEntity entity = new AccountEntity();
            assign(entity, account, actor);
            entity.passwordHash = account.passwordHash();
            entity.passwordChangedAt = Jpa.now();
            entity.createdAt = Jpa.now();
            em.persist(entity);
            em.flush();
            setSites(em, entity, account.siteIds());
            return account(em, entity);
        });
    }

    @Override
    public Account update(long id, Long expectedVersion, AccountWrite account, String actor) {
        return Jpa.tx(jpa, "account", em -> {
            AccountEntity entity = find(em, id);
            Jpa.expectVersion(entity, entity.version, expectedVersion, "account " + entity.name);
            requireFreeName(em, account.name(), id);
            assign(entity, account, actor);
            if (account.passwordHash() != null) {
                entity.passwordHash = account.passwordHash();
                entity.passwordChangedAt = Jpa.now();
            }
            if (account.siteIds() != null) {
                setSites(em, entity, account.siteIds());
            }
            Jpa.lock(em, entity);
            em.flush();
            return account(em, entity);
        });
    }

    @Override
    public boolean delete(long id) {
        return Jpa.tx(jpa, "account", em -> {
            AccountEntity entity = em.find(AccountEntity.class, id);
            if (entity == null) {
                return false;
            }
            em.createQuery("DELETE FROM ApiTokenEntity t WHERE t.accountId = :id").setParameter("id", id).executeUpdate();
            em.remove(entity);
            return true;
        });
    }

    @Override
    public void setPassword(String name, String passwordHash, Instant at) {
        Jpa.tx(jpa, "account", em -> em.createQuery("UPDATE AccountEntity a SET a.passwordHash = :hash, a.passwordChangedAt = :at,"
                        + " a.version = a.version + 1 WHERE a.nameKey = :key").setParameter("hash", passwordHash).setParameter("at", Jpa.utc(at))
                .setParameter("key", Jpa.key(name)).executeUpdate());
    }

    @Override
    public void signedIn(String name, String address, Instant at) {
        // Not a version change: an admin's edit of the account is not refused because its owner signed in meanwhile.
        Jpa.tx(jpa, "account", em -> em.createQuery("UPDATE AccountEntity a SET a.lastSignInAt = :at, a.lastSignInAddress = :address"
                        + " WHERE a.nameKey = :key").setParameter("at", Jpa.utc(at)).setParameter("address", cut(address))
                .setParameter("key", Jpa.key(name)).executeUpdate());
    }

    @Override
    public List<ApiToken> tokens(String name) {
        return Jpa.tx(jpa, "api_token", em -> em.createQuery("SELECT t, a.name FROM ApiTokenEntity t, AccountEntity a WHERE a.id = t.accountId"
                        + " AND a.nameKey = :key ORDER BY t.createdAt DESC, t.id DESC", Object[].class).setParameter("key", Jpa.key(name))
                .setMaxResults(PageRequest.MAX_LIMIT).getResultList().stream().map(r -> token((ApiTokenEntity) r[0], (String) r[1])).toList());
    }

    @Override
    public ApiToken createToken(String name, String label, Role role, String secretHash, Instant at, Instant expiresAt) {
        return Jpa.tx(jpa, "api_token", em -> {
            AccountEntity account = named(em, name).orElseThrow(() -> new NotFoundException("There is no account named " + name));
            ApiTokenEntity token = new ApiTokenEntity();
            token.accountId = account.id;
            token.label = label;
            token.role = role.name();
            token.secretHash = secretHash;
            token.createdAt = Jpa.utc(at);
            token.expiresAt = Jpa.utc(expiresAt);
            em.persist(token);
            em.flush();
            return token(token, account.name);
        });
    }

    @Override
    public boolean revokeToken(String name, long tokenId, Instant at) {
        return Jpa.tx(jpa, "api_token", em -> em.createQuery("UPDATE ApiTokenEntity t SET t.revokedAt = :at WHERE t.id = :id AND t.revokedAt IS NULL"
                        + " AND t.accountId IN (SELECT a.id FROM AccountEntity a WHERE a.nameKey = :key)").setParameter("at", Jpa.utc(at))
                .setParameter("id", tokenId).setParameter("key", Jpa.key(name)).executeUpdate() == 1);
    }

    @Override
    public Optional<TokenOwner> tokenBySecretHash(String secretHash) {
        return Jpa.tx(jpa, "api_token", em -> em.createQuery("SELECT t, a FROM ApiTokenEntity t, AccountEntity a WHERE a.id = t.accountId"
                        + " AND t.secretHash = :hash", Object[].class).setParameter("hash", secretHash).getResultList().stream().findFirst()
                .map(r -> {
                    AccountEntity account = (AccountEntity) r[1];
                    Account owner = account(em, account);
                    return new TokenOwner(token((ApiTokenEntity) r[0], account.name), account.enabled, Role.valueOf(account.role), owner.siteScope());
                }));
    }

    @Override
    public void tokenUsed(long tokenId, String address, Instant at) {
        Jpa.tx(jpa, "api_token", em -> em.createQuery("UPDATE ApiTokenEntity t SET t.lastUsedAt = :at, t.lastUsedAddress = :address WHERE t.id = :id")
                .setParameter("at", Jpa.utc(at)).setParameter("address", cut(address)).setParameter("id", tokenId).executeUpdate());
    }

    @Override
    public Optional<String> preference(String name, String key) {
        return Jpa.tx(jpa, "account_preference", em -> em.createNativeQuery("SELECT p.pref_value FROM account_preference p JOIN account a"
                        + " ON a.id = p.account_id WHERE a.name_key = ?1 AND p.pref_key = ?2").setParameter(1, Jpa.key(name)).setParameter(2, key)
                .getResultList().stream().findFirst().map(Object::toString));
    }

    @Override
    public void setPreference(String name, String key, String value) {
        Jpa.tx(jpa, "account_preference", em -> {
            AccountEntity account = named(em, name).orElseThrow(() -> new NotFoundException("There is no account named " + name));
            if (em.createNativeQuery("UPDATE account_preference SET pref_value = ?3 WHERE account_id = ?1 AND pref_key = ?2").setParameter(1, account.id)
                    .setParameter(2, key).setParameter(3, value).executeUpdate() == 0) {
                em.createNativeQuery("INSERT INTO account_preference (account_id, pref_key, pref_value) VALUES (?1, ?2, ?3)")
                        .setParameter(1, account.id).setParameter(2, key).setParameter(3, value).executeUpdate();
            }
            return null;
        });
    }

    private static Optional<AccountEntity> named(EntityManager em, String name) {
        if (name == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.nameKey = :key", AccountEntity.class).setParameter("key", Jpa.key(name))
                .getResultList().stream().findFirst();
    }

    private static AccountEntity find(EntityManager em, long id) {
        AccountEntity entity = em.find(AccountEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("There is no account with id " + id + "; list the accounts to find the right one");
        }
        return entity;
    }

    private static void requireFreeName(EntityManager em, String name, Long self) {
        if (Jpa.nameTaken(em, "AccountEntity", name, self)) {
            throw new ConflictException("An account named " + name + " already exists; choose another name or edit that account");
        }
    }

    private static void assign(AccountEntity entity, AccountWrite account, String actor) {
        entity.name = account.name();
        entity.nameKey = Jpa.key(account.name());
        entity.fullName = account.fullName();
        entity.email = account.email();
        entity.role = account.role().name();
        entity.enabled = account.enabled();
        entity.modifiedAt = Jpa.now();
        entity.modifiedBy = actor;
    }

    private static String cut(String address) {
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }

    private static void setSites(EntityManager em, AccountEntity entity, List<Long> siteIds) {
        entity.siteLimited = !siteIds.isEmpty();
        em.createNativeQuery("DELETE FROM account_site WHERE account_id = ?1").setParameter(1, entity.id).executeUpdate();
        for (Long site : new java.util.TreeSet<>(siteIds)) {
            em.createNativeQuery("INSERT INTO account_site (account_id, site_id) VALUES (?1, ?2)").setParameter(1, entity.id)
                    .setParameter(2, site).executeUpdate();
        }
    }

    /** The sites of each of these accounts that is limited to some, in one query. */
    private static java.util.Map<Long, List<Long>> sitesOf(EntityManager em, List<AccountEntity> accounts) {
        List<Long> limited = accounts.stream().filter(a -> a.siteLimited).map(a -> a.id).toList();
        java.util.Map<Long, List<Long>> sites = new java.util.HashMap<>();
        if (limited.isEmpty()) {
            return sites;
        }
        for (Object row : em.createNativeQuery("SELECT account_id, site_id FROM account_site WHERE account_id IN ("
                + String.join(",", limited.stream().map(String::valueOf).toList()) + ") ORDER BY account_id, site_id").getResultList()) {
            Object[] r = (Object[]) row;
            sites.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>()).add(((Number) r[1]).longValue());
        }
        return sites;
    }

    private static Account account(EntityManager em, AccountEntity a) {
        return account(a, sitesOf(em, List.of(a)).getOrDefault(a.id, List.of()));
    }

    private static Account account(AccountEntity a, List<Long> sites) {
        return new Account(a.id, a.name, a.fullName, a.email, Role.valueOf(a.role), a.enabled, Jpa.instant(a.passwordChangedAt),
                Jpa.instant(a.lastSignInAt), a.lastSignInAddress, Jpa.instant(a.createdAt), Jpa.instant(a.modifiedAt), a.modifiedBy, a.version,
                a.siteLimited, sites);
    }

    private static ApiToken token(ApiTokenEntity t, String account) {
        return new ApiToken(t.id, account, t.label, Role.valueOf(t.role), Jpa.instant(t.createdAt), Jpa.instant(t.expiresAt),
                Jpa.instant(t.lastUsedAt), t.lastUsedAddress, Jpa.instant(t.revokedAt));
    }
}
