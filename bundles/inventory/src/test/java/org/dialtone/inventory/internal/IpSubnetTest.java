package org.dialtone.inventory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class IpSubnetTest {
    @Test
    public void rangeOfZeroLengthMaskCoversAllOfIpv4() {
        IpSubnet all = IpSubnet.of("0.0.0.0", 0);
        assertEquals("00000000000000000000ffff00000000", all.rangeLow());
        assertEquals("00000000000000000000ffffffffffff", all.rangeHigh());
    }

    @Test
    public void rangeOfHostMaskIsTheAddress() {
        IpSubnet host = IpSubnet.of("1.2.3.4", 32);
        assertEquals(host.rangeLow(), host.rangeHigh());
        assertEquals(IpSubnet.key(IpSubnet.parseAddress("1.2.3.4")), host.rangeLow());
    }

    @Test
    public void keysOrderLikeAddresses() {
        IpSubnet slash8 = IpSubnet.of("20.56.31.0", 8);
        String inside = IpSubnet.key(IpSubnet.parseAddress("20.255.0.1"));
        String outside = IpSubnet.key(IpSubnet.parseAddress("21.0.0.0"));
        assertTrue(slash8.rangeLow().compareTo(inside) <= 0 && inside.compareTo(slash8.rangeHigh()) <= 0);
        assertTrue(outside.compareTo(slash8.rangeHigh()) > 0);
        assertEquals("20.0.0.0/8", slash8.toString());
    }
}
