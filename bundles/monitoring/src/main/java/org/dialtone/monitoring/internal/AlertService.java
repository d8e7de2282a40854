package org.dialtone.monitoring.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dialtone.api.ConflictException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.inventory.SipRegistration;
import org.dialtone.api.monitoring.Alert;
import org.dialtone.api.monitoring.Alerts;
import org.dialtone.api.software.SoftwareState;
import org.dialtone.api.software.SoftwareTally;
import org.dialtone.api.system.SystemHealth;
import org.dialtone.api.system.SystemHealthService;
import org.dialtone.store.AlertRepository;
import org.dialtone.store.DeviceRepository;
import org.dialtone.store.DeviceStateRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert rules: a device going offline or losing its SIP registration (as status sources report it), devices failing
 * to take a software image, the system's health degraded, a served certificate about to expire (each looked at every
 * alertSeconds, cleared when the condition ends). Every new alert is posted to the webhook, if one is set.
 */
@Component(service = {Alerts.class, AlertService.class}, immediate = true, configurationPid = "org.dialtone.monitoring")
public class AlertService implements Alerts {
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    private static final String SYSTEM = "system";
    private static final String CERTIFICATE = "server certificate";
    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    private static final Duration QUIET = Duration.ofHours(1);
    /** Per address: when its window began, failures in it, the last failure (epoch ms). */
    private final java.util.concurrent.ConcurrentHashMap<String, long[]> refusals = new java.util.concurrent.ConcurrentHashMap<>();
    private final AlertRepository alerts;
    private final DeviceStateRepository states;
    private final DeviceRepository devices;
    private final MonitoringConfig config;
    private final Clock clock = Clock.systemUTC();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ScheduledExecutorService timer;
    private final java.util.concurrent.ExecutorService mailer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dialtone-alert-mail");
        thread.setDaemon(true);
        return thread;
    });
    private final AlertMail mail;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SystemHealthService health;

    @Activate
    public AlertService(@Reference AlertRepository alerts, @Reference DeviceStateRepository states, @Reference DeviceRepository devices,
                        MonitoringConfig config) {
        this.alerts = alerts;
        this.states = states;
        this.devices = devices;
        this.config = config;
        this.mail = new AlertMail(config);
    }

    @Activate
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dialtone-alerts");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::look, Math.max(1, config.alertSeconds()), Math.max(1, config.alertSeconds()), TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
        mailer.shutdownNow();
    }

    @Override
    public Page<Alert> find(Alert.State state, Alert.Kind kind, Long deviceId, PageRequest page) {
        return alerts.find(state, kind, deviceId, page);
    }

    @Override
    public Alert acknowledge(long id, String actor) {
        Alert alert = get(id);
        if (!alerts.acknowledge(id, actor, clock.instant()) && alert.state() == Alert.State.CLEARED) {
            throw new ConflictException("The alert is cleared already; there is nothing to acknowledge");
        }
        return get(id);
    }

    @Override
    public Alert clear(long id, String actor) {
        get(id);
        alerts.clear(id, actor, clock.instant());
        return get(id);
    }

    private Alert get(long id) {
        return alerts.get(id).orElseThrow(() -> new NotFoundException("There is no alert with id " + id + "; list the alerts to find the right one"));
    }

    @Override
    public String testNotification(String actor) {
        Alert test = new Alert(0, Alert.Kind.HEALTH_DEGRADED, null, "test", "A test alert sent by " + actor + ": nothing is wrong",
                Alert.State.CLEARED, clock.instant(), null, null, actor, clock.instant());
        return testWebhook(test) + "; " + testMail(test);
    }

    private String testMail(Alert test) {
        if (mail.recipients().isEmpty()) {
            return "no e-mail recipients are set: set alertMailTo (and smtpHost, smtpPort, smtpFrom) in etc/org.dialtone.monitoring.cfg";
        }
        try {
            mail.send(test);
            return "mailed a test alert to " + String.join(", ", mail.recipients()) + " through " + config.smtpHost() + ":" + config.smtpPort();
        } catch (javax.mail.MessagingException | RuntimeException e) {
            return "the test alert could not be mailed through " + config.smtpHost() + ":" + config.smtpPort() + ": " + e.getMessage();
        }
    }

    private String testWebhook(Alert test) {
        String url = config.alertWebhook().strip();
        if (url.isEmpty()) {
            return "No webhook is set: set alertWebhook in etc/org.dialtone.monitoring.cfg to the address alerts are posted to";
        }
        try {
            HttpResponse<Void> answer = client.send(request(url, test), HttpResponse.BodyHandlers.discarding());
            return "Posted a test alert to " + url + ": HTTP " + answer.statusCode();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return "The test alert could not be posted to " + url + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Interrupted while posting the test alert";
        }
    }

    @Override
    public void deviceHeard(long deviceId, boolean cameOnline, SipRegistration before, SipRegistration after) {
        Instant now = clock.instant();
        if (cameOnline) {
            alerts.resolve(Alert.Kind.DEVICE_OFFLINE, List.of(Long.toString(deviceId)), now);
        }
        if (before == after) {
            return;
        }
        boolean wasRegistered = before == SipRegistration.REGISTERED || before == SipRegistration.PARTIAL;
        if (after == SipRegistration.UNREGISTERED && wasRegistered) {
            raise(Alert.Kind.REGISTRATION_LOST, deviceId, Long.toString(deviceId), "The device lost its SIP registration: no line is registered now");
        } else if (after == SipRegistration.REGISTERED || after == SipRegistration.PARTIAL) {
            alerts.resolve(Alert.Kind.REGISTRATION_LOST, List.of(Long.toString(deviceId)), now);
        }
    }

    /**
     * Wrong provisioning credentials, counted per address over 10 minutes on this node: reaching the limit raises one
     * alert for the address, cleared once an hour has passed without another.
     */
    @Override
    public void provisioningRefused(String address) {
        refused(Alert.Kind.PROVISIONING_AUTHENTICATION_FAILURES, address, " provisioning requests from " + address
                + " came with wrong credentials within 10 minutes: a phone with an old password, or someone guessing");
    }

    @Override
    public void signInRefused(String address) {
        refused(Alert.Kind.SIGN_IN_FAILURES, address, " sign-ins to the admin API or console from " + address
                + " failed within 10 minutes: a script with an old password or token, or someone guessing");
    }

    private void refused(Alert.Kind kind, String address, String what) {
        long now = clock.millis();
        long[] window = refusals.compute(kind + " " + address, (a, w) -> w == null || now - w[0] > FAILURE_WINDOW.toMillis() ? new long[] {now, 1, now}
                : new long[] {w[0], w[1] + 1, now});
        if (window[1] == config.authenticationFailures()) {
            raise(kind, null, address, window[1] + what);
        }
        if (refusals.size() > 100_000) {
            refusals.entrySet().removeIf(e -> now - e.getValue()[2] > FAILURE_WINDOW.toMillis());
        }
    }

    private void quietAddresses() {
        long now = clock.millis();
        for (Alert.Kind kind : List.of(Alert.Kind.PROVISIONING_AUTHENTICATION_FAILURES, Alert.Kind.SIGN_IN_FAILURES)) {
            List<String> quiet = new ArrayList<>();
            for (String address : alerts.openSubjects(kind)) {
                long[] window = refusals.get(kind + " " + address);
                if (window == null || now - window[2] > QUIET.toMillis()) {
                    quiet.add(address);
                }
            }
            alerts.resolve(kind, quiet, clock.instant());
        }
        refusals.entrySet().removeIf(e -> now - e.getValue()[2] > QUIET.toMillis());
    }

    /** Devices the sweep just marked offline. */
    void wentOffline(List<Long> deviceIds, Duration silence) {
        for (Long id : deviceIds) {
            raise(Alert.Kind.DEVICE_OFFLINE, id, Long.toString(id), "The device went offline: nothing heard from it for " + silence.toSeconds() + " s");
        }
    }

    private void raise(Alert.Kind kind, Long deviceId, String subject, String message) {
        Optional<Alert> raised = alerts.raise(kind, deviceId, subject, message, clock.instant());
        raised.ifPresent(this::post);
    }

    private void post(Alert alert) {
        if (!mail.recipients().isEmpty()) {
            mailer.execute(() -> {
                try {
                    mail.send(alert);
                } catch (javax.mail.MessagingException | RuntimeException e) {
                    LOG.warn("Alert {} could not be mailed: {}", alert.id(), e.getMessage());
                }
            });
        }
        String url = config.alertWebhook().strip();
        if (url.isEmpty()) {
            return;
        }
        try {
            client.sendAsync(request(url, alert), HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
                if (failure != null) {
                    LOG.warn("Alert {} could not be posted to {}: {}", alert.id(), url, failure.toString());
                } else if (answer.statusCode() / 100 != 2) {
                    LOG.warn("The webhook {} answered alert {} with HTTP {}", url, alert.id(), answer.statusCode());
                }
            });
        } catch (IllegalArgumentException e) {
            LOG.warn("The alert webhook {} is not an address: {}", url, e.getMessage());
        }
    }

    private HttpRequest request(String url, Alert alert) {
        try {
            return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body(alert)))).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the webhook receives: the alert with its times as ISO text. */
    static Map<String, Object> body(Alert alert) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", alert.id());
        body.put("kind", alert.kind().name());
        body.put("deviceId", alert.deviceId());
        body.put("subject", alert.subject());
        body.put("message", alert.message());
        body.put("state", alert.state().name());
        body.put("raisedAt", String.valueOf(alert.raisedAt()));
        return body;
    }

    /** Software, health and certificates, and offline alerts of devices heard again by provisioning. */
    private void look() {
        try {
            software();
            system();
            backOnline();
            quietAddresses();
        } catch (RuntimeException e) {
            LOG.warn("The look for alerts failed: {}", e.toString());
        }
    }

    private void software() {
        List<String> failing = new ArrayList<>();
        for (SoftwareTally tally : devices.softwareTally()) {
            if (tally.state() == SoftwareState.FAILING && tally.devices() > 0 && tally.imageId() != null) {
                String image = Long.toString(tally.imageId());
                failing.add(image);
                raise(Alert.Kind.SOFTWARE_FAILING, null, image, tally.devices() + " devices fail to take software image " + image);
            }
        }
        List<String> ended = new ArrayList<>(alerts.openSubjects(Alert.Kind.SOFTWARE_FAILING));
        ended.removeAll(failing);
        alerts.resolve(Alert.Kind.SOFTWARE_FAILING, ended, clock.instant());
    }

    private void system() {
        SystemHealthService service = health;
        if (service == null) {
            return;
        }
        SystemHealth now = service.health();
        if (!SystemHealth.UP.equals(now.status())) {
            raise(Alert.Kind.HEALTH_DEGRADED, null, SYSTEM, "Dialtone is " + now.status().toLowerCase(java.util.Locale.ROOT)
                    + (now.missingServices().isEmpty() ? "" : ": " + String.join(", ", now.missingServices()) + " not running"));
        } else {
            alerts.resolve(Alert.Kind.HEALTH_DEGRADED, List.of(SYSTEM), clock.instant());
        }
        Optional<String> expiring = now.notices().stream().filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains("expire")).findFirst();
        if (expiring.isPresent()) {
            raise(Alert.Kind.CERTIFICATE_EXPIRING, null, CERTIFICATE, expiring.get());
        } else {
            alerts.resolve(Alert.Kind.CERTIFICATE_EXPIRING, List.of(CERTIFICATE), clock.instant());
        }
    }

    private void backOnline() {
        List<Long> open = alerts.openSubjects(Alert.Kind.DEVICE_OFFLINE).stream().map(Long::valueOf).toList();
        if (!open.isEmpty()) {
            alerts.resolve(Alert.Kind.DEVICE_OFFLINE, states.online(open).stream().map(String::valueOf).toList(), clock.instant());
        }
    }
}
