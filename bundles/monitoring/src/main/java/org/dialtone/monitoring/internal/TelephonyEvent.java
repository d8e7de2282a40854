package org.dialtone.monitoring.internal;

import java.util.List;

/**
 * One telephony event notification as a phone posts it (DEVICES-MANAGEMENT 2.1): {@code type} is the element inside
 * {@code <PolycomIPPhone>} (LineRegistrationEvent, CallStateChangeEvent…), {@code line} its LineNumber (0 when none),
 * {@code user} the UserLoggedIn name, {@code loggedOut} an empty {@code <UserLoggedOut/>}.
 */
record TelephonyEvent(String type, String mac, String phoneIp, int line, List<CallLine> callLines, String user, boolean loggedOut,
                      String timeStamp) {
    TelephonyEvent {
        callLines = List.copyOf(callLines);
    }

    /** A CallLineInfo: the line key, its directory number, Active/Inactive, and its call's state when it has one. */
    record CallLine(int line, String directoryNumber, String lineState, String callState) {
    }
}
