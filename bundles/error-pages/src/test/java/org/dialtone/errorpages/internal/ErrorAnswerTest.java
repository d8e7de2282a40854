package org.dialtone.errorpages.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ErrorAnswerTest {
    @Test
    public void aPathNoUriParserAcceptsIsTheClientsFaultNotTheServers() {
        for (String path : new String[] {"/api/v1/sites/%u002e", "/api/v1/sites/a\\b", "/api/v1/%zz", "/prov/%"}) {
            ErrorAnswer answer = ErrorAnswer.of(500, path);
            assertEquals(path, 400, answer.status());
            assertEquals(ErrorAnswer.INVALID_PATH, answer.detail());
        }
        assertEquals(500, ErrorAnswer.of(500, "/api/v1/sites/%2e").status());
    }

    @Test
    public void answersNameNoExceptionAndEchoNothingOfTheRequest() {
        ErrorAnswer failed = ErrorAnswer.of(500, "/system/console/x");
        assertEquals(ErrorAnswer.FAILED, failed.detail());
        ErrorAnswer missing = ErrorAnswer.of(404, "/nothing-here");
        assertFalse(missing.json(), missing.json().contains("nothing-here"));
        assertTrue(missing.text(), missing.text().startsWith("404 Not Found: "));
    }

    @Test
    public void theApiGetsProblemJsonWithTheStatusAndAnEscapedDetail() {
        String json = ErrorAnswer.of(400, "/api/v1/%u002e").json();
        assertTrue(json, json.startsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""));
        assertTrue(json, json.contains("never \\\\ or %u"));
        assertTrue(ErrorAnswer.forApi("/api/v1/sites"));
        assertFalse(ErrorAnswer.forApi("/prov/x.cfg"));
        assertFalse(ErrorAnswer.forApi("/apiary"));
    }
}
