package org.dialtone.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ActivityRecorderTest {
    @Test
    public void secretsAreHiddenAtAnyDepth() {
        String json = ActivityRecorder.json(Map.of("accountUser", "phones", "accountPassword", "Prov-secret-42",
                "arguments", List.of(Map.of("activeDirectoryPassword", "Ad-secret-1", "containerKey", "12"))));
        assertTrue(json, json.contains("\"accountUser\":\"phones\"") && json.contains("\"containerKey\":\"12\""));
        assertTrue(json, !json.contains("secret-42") && !json.contains("Ad-secret-1") && json.contains("(hidden)"));
    }

    @Test
    public void streamsAreNotWrittenAndLongAnswersAreShortened() {
        assertNull(ActivityRecorder.json((javax.ws.rs.core.StreamingOutput) out -> { }));
        String json = ActivityRecorder.json(Map.of("description", "x".repeat(5000)));
        assertEquals(4000, json.length());
        assertTrue(json.endsWith("..."));
    }
}
