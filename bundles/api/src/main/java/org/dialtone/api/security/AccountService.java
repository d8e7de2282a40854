package org.dialtone.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;

/** Accounts and their API tokens, in the database every node shares. */
public interface AccountService {
    /** A new token and its secret, which is shown this once. */
    record NewToken(ApiToken token, String secret) {
    }

    Page<Account> list(String search, PageRequest page);

    /** @throws org.dialtone.api.NotFoundException when there is none */
    Account get(long id);

    /** @throws org.dialtone.api.NotFoundException when there is none */
    Account byName(String name);

    Account create(AccountInput input, String actor);

    Account update(long id, AccountInput input, String actor);

    void delete(long id, String actor);

    /** The account's own password change: the current one must be right. */
    void changePassword(String name, String currentPassword, String newPassword);

    /** Records a sign-in that checked the password (not one answered from the recent-sign-in cache). */
    void signedIn(String name, String address, Instant at);

    List<ApiToken> tokens(String name);

    NewToken createToken(String name, String label, String role, Instant expiresAt);

    void revokeToken(String name, long tokenId, String actor);

    /** What the account chose in the console under {@code key}, kept for it on every node and browser. */
    Optional<String> preference(String name, String key);

    void setPreference(String name, String key, String value);

    /** Grows with every change to an account on this node: a password verified before it is checked again. */
    long revision();

    /** The caller a bearer secret stands for while its token is usable and its account enabled; its use recorded. */
    Optional<Caller> verifyToken(String secret, String address);
}
