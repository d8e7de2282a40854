package org.dialtone.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.security.Account;
import org.dialtone.api.security.ApiToken;
import org.dialtone.api.security.Role;
import org.dialtone.api.security.SiteScope;

/** Accounts and API tokens. The service checks the rules; writes here are what it decided. */
public interface AccountRepository {
    /**
     * A validated account to store; a null {@code passwordHash} keeps the stored one, null {@code siteIds} the stored
     * sites, an empty list makes it reach every site.
     */
    record AccountWrite(String name, String fullName, String email, Role role, boolean enabled, String passwordHash, List<Long> siteIds) {
    }

    /** A token's owner as verification needs it. */
    record TokenOwner(ApiToken token, boolean accountEnabled, Role accountRole, SiteScope accountSites) {
    }

    long count();

    /** Which of these sites exist. */
    java.util.Set<Long> existingSites(java.util.Collection<Long> siteIds);

    Page<Account> find(String search, PageRequest page);

    Optional<Account> get(long id);

    Optional<Account> byName(String name);

    /** The stored hash, in the realm's form. */
    Optional<String> passwordHash(String name);

    /** How many enabled admins there are other than this account. */
    long otherEnabledAdmins(long accountId);

    /** @throws org.dialtone.api.ConflictException when the name is taken */
    Account create(AccountWrite account, String actor);

    /** @throws org.dialtone.api.ConflictException when the name is taken or the version is not {@code expectedVersion} */
    Account update(long id, Long expectedVersion, AccountWrite account, String actor);

    /** Removes it with its tokens; false when there was none. */
    boolean delete(long id);

    void setPassword(String name, String passwordHash, Instant at);

    void signedIn(String name, String address, Instant at);

    List<ApiToken> tokens(String name);

    ApiToken createToken(String name, String label, Role role, String secretHash, Instant at, Instant expiresAt);

    /** Revokes one of the account's tokens; false when it has none of that id or it was revoked already. */
    boolean revokeToken(String name, long tokenId, Instant at);

    Optional<TokenOwner> tokenBySecretHash(String secretHash);

    void tokenUsed(long tokenId, String address, Instant at);

    Optional<String> preference(String name, String key);

    /** Sets or replaces it. */
    void setPreference(String name, String key, String value);
}
