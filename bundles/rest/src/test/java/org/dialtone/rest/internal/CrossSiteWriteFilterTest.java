package org.dialtone.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CrossSiteWriteFilterTest {
    @Test
    public void theConsolesOwnOriginIsThisServer() {
        assertTrue(CrossSiteWriteFilter.sameOrigin("https://prov.example.com:8443", "prov.example.com:8443"));
        assertTrue(CrossSiteWriteFilter.sameOrigin("https://PROV.example.com:8443", "prov.example.com:8443"));
        assertTrue(CrossSiteWriteFilter.sameOrigin("https://prov.example.com", "prov.example.com:443"));
    }

    @Test
    public void anotherSiteAPortOrAnOpaqueOriginIsNot() {
        assertFalse(CrossSiteWriteFilter.sameOrigin("https://evil.example.net", "prov.example.com:8443"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("https://prov.example.com:9443", "prov.example.com:8443"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("https://prov.example.com.evil.net:8443", "prov.example.com:8443"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("null", "prov.example.com:8443"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("file:///x", "prov.example.com:8443"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("https://prov.example.com:8443", null));
    }
}
