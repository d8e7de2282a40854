package org.dialtone.api.monitoring;

import java.time.Instant;
import org.dialtone.api.inventory.SipRegistration;

/**
 * One line of a device as it last reported it (guide: View Audio Device Line Information). {@code address} is the SIP
 * address or directory number, {@code label} what the phone shows, {@code callState} the device's own word for its
 * call (Connected, Offering, Hold…), null when the line has none.
 */
public record DeviceLine(int line, String address, String label, SipRegistration registration, String callState, boolean inCall,
                         Instant updatedAt) {
}
