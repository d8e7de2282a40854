package org.dialtone.jettyguards;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.BufferUtil;
import org.junit.Test;

public class PlainErrorsTest {
    @Test
    public void aRequestJettyCannotParseGetsOneLineOfTextWithoutTheParsersReason() {
        HttpFields fields = new HttpFields();
        String body = BufferUtil.toString(new PlainErrors().badMessageError(400, "Illegal character SPACE=' '", fields), StandardCharsets.UTF_8);
        assertEquals("400 Bad Request: The request is not valid HTTP/1.1; check its request line, headers and body framing.\n", body);
        assertEquals(PlainErrors.TYPE, fields.get(HttpHeader.CONTENT_TYPE));
        assertFalse(body, body.contains("SPACE"));
    }

    @Test
    public void statusesWithoutBodyStayEmpty() {
        assertEquals(0, new PlainErrors().badMessageError(304, null, new HttpFields()).remaining());
    }
}
