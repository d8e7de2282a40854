package org.dialtone.simulator.restapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one phone behind the simulated UC Software REST API (DEVICES.md 2): its lines, calls, parameters and
 * what was done to it. Guarded by its own monitor.
 */
public final class SimulatedPhone {
    /** A line as {@code lineInfo} reports it. */
    public record Line(int number, String address, boolean registered) {
    }

    /** A call as {@code callStatus} reports it. */
    public record Call(String handle, int line, String remote, String state, String type) {
    }

    private final String mac;
    private final String model;
    private final String firmware;
    private volatile String password;
    private final List<Line> lines;
    private volatile TelephonyEvents events;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private int reboots;
    private int restarts;
    private int factoryResets;
    private int configResets;
    private int nextCall = 0x41c2c000;
    private final java.util.concurrent.atomic.AtomicBoolean serving = new java.util.concurrent.atomic.AtomicBoolean();
    private final List<String> configResetKinds = new ArrayList<>();
    private final List<Integer> capturesSent = new ArrayList<>();
    private String failingStatus;
    private int failures;
    private volatile long slownessMillis;
    private final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger checkSyncs = new java.util.concurrent.atomic.AtomicInteger();

    public SimulatedPhone(String mac, String model, String firmware, String password, List<Line> lines) {
        this.mac = mac;
        this.model = model;
        this.firmware = firmware;
        this.password = password;
        this.lines = List.copyOf(lines);
        parameters.put("apps.restapi.enabled", "1");
        parameters.put("up.screenCapture.enabled", "0");
        parameters.put("device.local.deviceName", "");
    }

    public String mac() {
        return mac;
    }

    public String model() {
        return model;
    }

    public String firmware() {
        return firmware;
    }

    String password() {
        return password;
    }

    public List<Line> lines() {
        return lines;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized String parameter(String name) {
        return parameters.get(name);
    }

    synchronized Map<String, String> parameters() {
        return new LinkedHashMap<>(parameters);
    }

    synchronized void set(Map<String, String> values) {
        parameters.putAll(values);
        String admin = values.get("device.auth.localAdminPassword");
        if (admin != null && !admin.isEmpty()) {
            password = admin;
        }
    }

    /** From now on the phone posts its telephony events there, as one given {@code apps.telNotification.URL} does. */
    public void events(TelephonyEvents sender) {
        events = sender;
    }

    public TelephonyEvents events() {
        return events;
    }

    synchronized Call dial(int line, String destination) {
        Call call = new Call(Integer.toHexString(nextCall++), line, destination, "Connected", "Outgoing");
        calls.add(call);
        post(call, "Connected");
        return call;
    }

    synchronized boolean end(String handle) {
        calls.stream().filter(c -> c.handle().equals(handle)).findFirst().ifPresent(c -> post(c, "Free"));
        return calls.removeIf(c -> c.handle().equals(handle));
    }

    /** Ends every call, as its user hanging up would. */
    public synchronized void hangUp() {
        calls.forEach(c -> post(c, "Free"));
        calls.clear();
    }

    private void post(Call call, String state) {
        TelephonyEvents sender = events;
        if (sender != null) {
            String address = lines.stream().filter(l -> l.number() == call.line()).map(Line::address).findFirst().orElse("");
            sender.callState(call.line(), address, call.handle(), state, call.type());
        }
    }

    synchronized void reboot() {
        reboots++;
        calls.clear();
        TelephonyEvents sender = events;
        if (sender != null) {
            // Unregistration is sent on a graceful restart only (the guide), then the lines register again.
            lines.forEach(l -> sender.lineRegistration(l.number(), false));
            lines.forEach(l -> sender.lineRegistration(l.number(), l.registered()));
        }
    }

    synchronized void restart() {
        restarts++;
        calls.clear();
    }

    synchronized void factoryReset() {
        factoryResets++;
        calls.clear();
        parameters.clear();
    }

    /** The REST API handles one request at a time (DEVICES-MANAGEMENT.md 2.5): false while another is under way. */
    boolean begin() {
        if (serving.compareAndSet(false, true)) {
            return true;
        }
        refused.incrementAndGet();
        return false;
    }

    void done() {
        serving.set(false);
    }

    void checkSynced() {
        checkSyncs.incrementAndGet();
    }

    /** How many check-sync NOTIFYs reached the phone. */
    public int checkSyncs() {
        return checkSyncs.get();
    }

    /** How long each request takes, as a slow or busy phone's would. */
    public void slowness(long millis) {
        slownessMillis = millis;
    }

    long slownessMillis() {
        return slownessMillis;
    }

    /** Requests refused because another was under way. */
    public int refusedWhileBusy() {
        return refused.get();
    }

    synchronized void configReset(String kind) {
        configResets++;
        configResetKinds.add(kind);
    }

    /** Answers the next {@code times} REST API calls with the envelope's {@code apiStatus} (5000: failed, 4003: not allowed…). */
    public synchronized void failNext(String apiStatus, int times) {
        failingStatus = apiStatus;
        failures = times;
    }

    /** The status this call fails with, or null when it is answered as usual. */
    synchronized String failure() {
        if (failures <= 0) {
            return null;
        }
        failures--;
        return failingStatus;
    }

    /** The HTTP status each packet capture upload was answered with (-1: it could not be sent), in order. */
    public synchronized List<Integer> capturesSent() {
        return List.copyOf(capturesSent);
    }

    synchronized void captureSent(int status) {
        capturesSent.add(status);
    }

    /** The kinds of configuration reset asked for, in order: all, web, local, device. */
    public synchronized List<String> configResetKinds() {
        return List.copyOf(configResetKinds);
    }

    /** How often each kind of restart or reset was asked for: reboot, restart, factory reset, configuration reset. */
    public synchronized int[] resets() {
        return new int[] {reboots, restarts, factoryResets, configResets};
    }
}
