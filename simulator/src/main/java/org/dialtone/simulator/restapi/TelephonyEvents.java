package org.dialtone.simulator.restapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a phone whose configuration sets {@code apps.telNotification.URL} posts (DEVICES-MANAGEMENT.md 2.1): one
 * {@code <PolycomIPPhone>} document per event, shaped like the 5.0.0 guide's tables. Each answer's status is kept.
 */
public final class TelephonyEvents {
    private final String url;
    private final HttpClient client;
    private final String mac;
    private final List<Integer> answers = new CopyOnWriteArrayList<>();

    public TelephonyEvents(String url, HttpClient client, String mac) {
        this.url = url;
        this.client = client;
        this.mac = mac;
    }

    public String url() {
        return url;
    }

    public int lineRegistration(int line, boolean registered) {
        String type = registered ? "LineRegistrationEvent" : "LineUnregistrationEvent";
        return post("<" + type + ">" + common() + "<LineNumber>" + line + "</LineNumber></" + type + ">");
    }

    public int callState(int line, String address, String handle, String state, String type) {
        return post("<CallStateChangeEvent CallReference=\"" + handle + "\" CallState=\"" + state + "\">" + common() + "<LineNumber>" + line
                + "</LineNumber><CallLineInfo><LineKeyNum>" + line + "</LineKeyNum><LineDirNum>" + address + "</LineDirNum><LineState>"
                + ("Free".equals(state) ? "Inactive" : "Active") + "</LineState><CallInfo><CallState>" + state + "</CallState><CallType>" + type
                + "</CallType><UIAppearanceIndex>1*</UIAppearanceIndex><CallReference>" + handle + "</CallReference></CallInfo></CallLineInfo>"
                + "</CallStateChangeEvent>");
    }

    public int userLogin(String user) {
        return post("<UserLoginOutEvent>" + common() + (user == null ? "<UserLoggedOut/>" : "<UserLoggedIn>" + user + "</UserLoggedIn>")
                + "</UserLoginOutEvent>");
    }

    /** Any document, as a broken or hostile phone would post it. */
    public int raw(String body) {
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            answers.add(answer.statusCode());
            return answer.statusCode();
        } catch (java.io.IOException e) {
            answers.add(-1);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The HTTP status of every event posted, in order (-1: it could not be sent). */
    public List<Integer> answers() {
        return List.copyOf(answers);
    }

    private String common() {
        return "<PhoneIP>127.0.0.1</PhoneIP><MACAddress>" + mac.toUpperCase(java.util.Locale.ROOT) + "</MACAddress><TimeStamp>"
                + OffsetDateTime.now().withNano(0) + "</TimeStamp>";
    }

    private int post(String event) {
        return raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<PolycomIPPhone>" + event + "</PolycomIPPhone>");
    }
}
