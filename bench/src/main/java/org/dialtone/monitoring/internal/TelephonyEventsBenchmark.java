package org.dialtone.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.dialtone.store.DeviceStateRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one telephony event into what it says of the device (F-MON-2): a call state change as phones post it
 * (StAX), and the vendor's malformed sample, which takes the tag-by-tag reading after StAX refuses it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TelephonyEventsBenchmark {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final byte[] callState = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><PolycomIPPhone><CallStateChangeEvent CallReference=\"41aa9c00\""
            + " CallState=\"Connected\"><PhoneIP>10.0.0.5</PhoneIP><MACAddress>0004F2A1B2C3</MACAddress><LineNumber>1</LineNumber>"
            + "<TimeStamp>2026-12-02T10:00:00+01:00</TimeStamp><CallLineInfo><LineKeyNum>1</LineKeyNum><LineDirNum>sip:1006@example.com"
            + "</LineDirNum><LineState>Active</LineState><CallInfo><CallState>Connected</CallState><CallType>Outgoing</CallType>"
            + "<UIAppearanceIndex>1*</UIAppearanceIndex><CalledPartyName>Reception</CalledPartyName><CalledPartyDirNum>sip:4711@example.com"
            + "</CalledPartyDirNum><CallReference>41aa9c00</CallReference><CallDuration>0</CallDuration></CallInfo></CallLineInfo>"
            + "</CallStateChangeEvent></PolycomIPPhone>").getBytes(StandardCharsets.UTF_8);
    private final byte[] malformed = ("<PolycomIPPhone><LineRegistrationEvent><PhoneIP>172.24.128.120</PhoneIP><MACAddress </MACAddress>"
            + "<MACAddress>0004f2000002</MACAddress><LineNumber>1</LineNumber><TimeStamp>2008-07-11T13:19:53-08:00</TimeStamp>"
            + "</LineRegistrationEvent></PolycomIPPhone>").getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public DeviceStateRepository.Heard callStateChange() throws TelephonyEvents.NotAnEvent {
        return TelephonyEvents.heard(TelephonyEvents.parse(callState), NOW);
    }

    @Benchmark
    public DeviceStateRepository.Heard malformedSample() throws TelephonyEvents.NotAnEvent {
        return TelephonyEvents.heard(TelephonyEvents.parse(malformed), NOW);
    }
}
