package org.dialtone.provisioning.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dialtone.api.security.SignInThrottle;

/**
 * Wrong device credentials per address (issue 20): after {@code free} of them an address waits, growing, before a
 * password it sends is checked again. Phones share addresses (a site behind one NAT), so a user name that signed in
 * from the address within {@code remembered} is still checked at once: one phone with an old password, or a guesser
 * on the site's network, does not turn the site's phones away; a guesser elsewhere is slowed down.
 */
final class DeviceSignIns {
    private static final int MAX_REMEMBERED = 200_000;
    private final SignInThrottle throttle;
    private final long rememberedNanos;
    private final Map<String, Long> signedIn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    DeviceSignIns(int free, Duration firstDelay, Duration longest, Duration remembered) {
        this.throttle = new SignInThrottle(free, firstDelay, longest, false);
        this.rememberedNanos = remembered.toNanos();
    }

    /** How long a sign-in as {@code user} from {@code address} waits before it is checked; zero: check it now. */
    Duration wait(String address, String user) {
        Duration wait = throttle.wait(address);
        if (wait.isZero() || user == null) {
            return wait;
        }
        synchronized (signedIn) {
            Long last = signedIn.get(address + '\0' + user);
            return last != null && System.nanoTime() - last < rememberedNanos ? Duration.ZERO : wait;
        }
    }

    /** How many wrong ones in a row the address has sent now. */
    int failed(String address) {
        return throttle.failed(address);
    }

    void succeeded(String address, String user) {
        if (user != null) {
            synchronized (signedIn) {
                signedIn.put(address + '\0' + user, System.nanoTime());
            }
        }
    }
}
