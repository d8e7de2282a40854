package org.dialtone.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dialtone.api.ConflictException;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.security.Account;
import org.dialtone.api.security.AccountInput;
import org.dialtone.api.security.AccountService;
import org.dialtone.api.security.ApiToken;
import org.dialtone.api.security.Caller;
import org.dialtone.api.security.Role;
import org.dialtone.api.security.Tokens;
import org.dialtone.store.AccountRepository;
import org.dialtone.store.AccountRepository.AccountWrite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts and tokens: the rules (password rules, a role no higher than one's own, never the last admin gone) over
 * the repository. The first start seeds the database from the admin Dialtone wrote into etc/users.properties.
 */
@Component(service = AccountService.class, immediate = true)
public class AccountServiceImpl implements AccountService {
    static final String TOKEN_PREFIX = "dt_";
    private static final Logger LOG = LoggerFactory.getLogger(AccountServiceImpl.class);
    /** A token's last use is written at most this often: a script polling the API does not write on every call. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private final AccountRepository accounts;
    private final Clock clock = Clock.systemUTC();
    private final Map<Long, Instant> useRecorded = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();

    @Activate
    public AccountServiceImpl(@Reference AccountRepository accounts) {
        this.accounts = accounts;
        InitialAccounts.seed(accounts, InitialAccounts.usersProperties(), InitialAccounts.initialPasswordFile());
    }

    @Override
    public Page<Account> list(String search, PageRequest page) {
        return accounts.find(search, page);
    }

    @Override
    public Account get(long id) {
        return accounts.get(id).orElseThrow(() -> new NotFoundException("There is no account with id " + id + "; list the accounts to find the right one"));
    }

    @Override
    public Account byName(String name) {
        return accounts.byName(name).orElseThrow(() -> new NotFoundException("There is no account named " + name));
    }

    @Override
    public Account create(AccountInput input, String actor) {
        String name = AccountRules.name(input.name());
        if (input.role() == null) {
            throw new InvalidInputException("role", "is required: one of ADMIN, OPERATOR, VIEWER");
        }
        String password = AccountRules.password("password", input.password(), name);
        Role role = AccountRules.role("role", input.role());
        List<Long> sites = sites(role, input.siteIds() == null ? List.of() : input.siteIds());
        Account created = accounts.create(new AccountWrite(name, AccountRules.fullName(input.fullName()), AccountRules.email(input.email()),
                role, input.enabled() == null || input.enabled(), AccountRules.hash(password), sites), actor);
        LOG.info("Account {} ({}) created by {}", created.name(), created.role(), actor);
        revision.incrementAndGet();
        return created;
    }

    @Override
    public Account update(long id, AccountInput input, String actor) {
        Account current = get(id);
        String name = AccountRules.name(input.name() == null ? current.name() : input.name());
        Role role = input.role() == null ? current.role() : AccountRules.role("role", input.role());
        boolean enabled = input.enabled() == null ? current.enabled() : input.enabled();
        if (current.role() == Role.ADMIN && current.enabled() && (role != Role.ADMIN || !enabled) && accounts.otherEnabledAdmins(id) == 0) {
            throw new ConflictException("Account " + current.name() + " is the last enabled admin: make another account an admin first");
        }
        String hash = input.password() == null ? null : AccountRules.hash(AccountRules.password("password", input.password(), name));
        // A role change re-checks the sites kept: an admin reaches every site.
        List<Long> sites = input.siteIds() != null ? sites(role, input.siteIds())
                : role != current.role() && current.siteLimited() ? sites(role, current.siteIds()) : null;
        Account updated = accounts.update(id, input.expectedVersion(), new AccountWrite(name, input.fullName() == null ? current.fullName()
                : AccountRules.fullName(input.fullName()), input.email() == null ? current.email() : AccountRules.email(input.email()), role,
                enabled, hash, sites), actor);
        LOG.info("Account {} changed by {}{}", updated.name(), actor, hash == null ? "" : " (a new password)");
        revision.incrementAndGet();
        return updated;
    }

    /** The sites an account of {@code role} is limited to, checked: they exist, and an admin is limited to none. */
    private List<Long> sites(Role role, List<Long> siteIds) {
        List<Long> wanted = AccountRules.siteIds(role, siteIds);
        java.util.Set<Long> existing = accounts.existingSites(wanted);
        List<Long> unknown = wanted.stream().filter(id -> !existing.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("siteIds", "names no site with id " + unknown.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + "; list the sites to find the right ones");
        }
        return wanted;
    }

    @Override
    public void delete(long id, String actor) {
        Account current = get(id);
        if (current.role() == Role.ADMIN && current.enabled() && accounts.otherEnabledAdmins(id) == 0) {
            throw new ConflictException("Account " + current.name() + " is the last enabled admin: make another account an admin first");
        }
        if (!accounts.delete(id)) {
            throw new NotFoundException("There is no account with id " + id);
        }
        LOG.info("Account {} deleted by {}", current.name(), actor);
        revision.incrementAndGet();
    }

    @Override
    public void changePassword(String name, String currentPassword, String newPassword) {
        String stored = accounts.passwordHash(name).orElseThrow(() -> new NotFoundException("There is no account named " + name));
        if (currentPassword == null || !AccountRules.matches(currentPassword, stored)) {
            throw new InvalidInputException("currentPassword", "is not this account's password");
        }
        String password = AccountRules.password("newPassword", newPassword, name);
        if (password.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
        }
        accounts.setPassword(name, AccountRules.hash(password), clock.instant());
        LOG.info("Account {} changed its password", name);
        revision.incrementAndGet();
    }

    @Override
    public void signedIn(String name, String address, Instant at) {
        accounts.signedIn(name, address, at);
    }

    @Override
    public List<ApiToken> tokens(String name) {
        return accounts.tokens(name);
    }

    @Override
    public NewToken createToken(String name, String label, String role, Instant expiresAt) {
        Account account = byName(name);
        Role granted = role == null ? account.role() : AccountRules.role("role", role);
        if (!account.role().mayGrant(granted)) {
            throw new InvalidInputException("role", "may be at most the account's own role, " + account.role());
        }
        Instant now = clock.instant();
        String secret = TOKEN_PREFIX + Tokens.newToken();
        ApiToken token = accounts.createToken(account.name(), AccountRules.label(label), granted, AccountRules.secretHash(secret), now,
                AccountRules.expiry(expiresAt, now));
        LOG.info("Account {} created API token {} ({}, until {})", account.name(), token.label(), granted, token.expiresAt());
        return new NewToken(token, secret);
    }

    @Override
    public void revokeToken(String name, long tokenId, String actor) {
        if (!accounts.revokeToken(name, tokenId, clock.instant())) {
            throw new NotFoundException("Account " + name + " has no usable token with id " + tokenId + "; list its tokens to find the right one");
        }
        LOG.info("API token {} of account {} revoked by {}", tokenId, name, actor);
    }

    @Override
    public Optional<String> preference(String name, String key) {
        return accounts.preference(name, AccountRules.preferenceKey(key));
    }

    @Override
    public void setPreference(String name, String key, String value) {
        accounts.setPreference(name, AccountRules.preferenceKey(key), AccountRules.preferenceValue(value));
    }

    @Override
    public long revision() {
        return revision.get();
    }

    @Override
    public Optional<Caller> verifyToken(String secret, String address) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 128) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return accounts.tokenBySecretHash(AccountRules.secretHash(secret))
                .filter(owner -> owner.accountEnabled() && owner.token().usable(now))
                .map(owner -> {
                    ApiToken token = owner.token();
                    Instant last = useRecorded.get(token.id());
                    if (last == null || last.plus(USE_RECORDED_EVERY).isBefore(now)) {
                        useRecorded.put(token.id(), now);
                        accounts.tokenUsed(token.id(), address, now);
                    }
                    // An account demoted since keeps its tokens, at its new role.
                    Role role = owner.accountRole().mayGrant(token.role()) ? token.role() : owner.accountRole();
                    return new Caller(token.account(), role, token.id(), token.label(), owner.accountSites());
                });
    }
}
