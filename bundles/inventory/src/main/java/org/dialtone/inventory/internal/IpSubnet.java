package org.dialtone.inventory.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network: the address with its host bits cleared, and the prefix length. Admins type
 * subnets such as the guide's {@code 20.56.31.0/8}, whose host bits are set; they mean {@code 20.0.0.0/8}.
 */
final class IpSubnet {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final byte[] address;
    private final int length;

    private IpSubnet(byte[] address, int length) {
        this.address = address;
        this.length = length;
    }

    static IpSubnet of(String address, int length) {
        byte[] bytes = parseAddress(address);
        if (length < 0 || length > bytes.length * 8) {
            throw new IllegalArgumentException("mask length " + length + " is outside 0.." + bytes.length * 8 + " for " + address);
        }
        byte[] network = bytes.clone();
        for (int bit = length; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new IpSubnet(network, length);
    }

    /**
     * Parses an IP literal; never resolves a host name. IPv4-mapped IPv6 literals come back as IPv4.
     */
    static byte[] parseAddress(String text) {
        String s = text == null ? "" : text.strip();
        Matcher v4 = IPV4.matcher(s);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    throw new IllegalArgumentException(text + " is not an IP address: " + octet + " is over 255");
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        if (s.indexOf(':') >= 0 && s.matches("[0-9A-Fa-f:.]+")) {
            try {
                // With a ':' and only hex digits, InetAddress parses the literal and does no DNS lookup.
                InetAddress parsed = InetAddress.getByName(s);
                return parsed.getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(text + " is not an IP address", e);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 address");
    }

    /** The first address of the subnet as an index key (see {@link #key(byte[])}). */
    String rangeLow() {
        return key(address);
    }

    /** The last address of the subnet as an index key. */
    String rangeHigh() {
        byte[] last = address.clone();
        for (int bit = length; bit < last.length * 8; bit++) {
            last[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return key(last);
    }

    /**
     * An address as 32 lowercase hex digits, IPv4 mapped into IPv6 ({@code ::ffff:a.b.c.d}), so that string
     * order is address order and a subnet is a range of keys.
     */
    static String key(byte[] address) {
        byte[] v6 = address;
        if (address.length == 4) {
            v6 = new byte[16];
            v6[10] = (byte) 0xff;
            v6[11] = (byte) 0xff;
            System.arraycopy(address, 0, v6, 12, 4);
        }
        return HexFormat.of().formatHex(v6);
    }

    int length() {
        return length;
    }

    boolean isIpv4() {
        return address.length == 4;
    }

    /** Bit {@code index} (0 = most significant) of the network address. */
    int bit(int index) {
        return bitOf(address, index);
    }

    static int bitOf(byte[] bytes, int index) {
        return (bytes[index / 8] >>> (7 - index % 8)) & 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpSubnet other && length == other.length && Arrays.equals(address, other.address);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(address) + length;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(address).getHostAddress() + "/" + length;
        } catch (UnknownHostException e) {
            return HexFormat.of().formatHex(address) + "/" + length;
        }
    }
}
