package org.dialtone.tasks.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.api.tasks.SubTaskResult;
import org.dialtone.api.tasks.TaskOutcome;
import org.dialtone.api.tasks.TaskType;
import org.dialtone.driver.spi.DeviceRequest;
import org.junit.Test;

public class DeviceControlExecutorTest {
    /** Reverses the bytes: enough to tell a sealed value from the plain one. */
    private final SecretCipher cipher = new SecretCipher() {
        @Override
        public String seal(byte[] plaintext) {
            return "sealed:" + new StringBuilder(new String(plaintext, StandardCharsets.UTF_8)).reverse();
        }

        @Override
        public byte[] open(String token) {
            return new StringBuilder(token.substring(7)).reverse().toString().getBytes(StandardCharsets.UTF_8);
        }
    };
    private final DeviceControlExecutor executor = new DeviceControlExecutor(null, null, cipher);
    private final DeviceRequest reboot = new DeviceRequest("POST", "/api/v1/mgmt/safeReboot", null);

    private TaskOutcome answer(int status, String json) {
        return DeviceControlExecutor.answer(new DeviceLink.DeviceAnswer(status, "application/json", json.getBytes(StandardCharsets.UTF_8)), reboot);
    }

    @Test
    public void theRestApisAnswersBecomeTheGuidesResultsAndBusyOnesAreTriedAgain() {
        assertEquals(SubTaskResult.SUCCESS, answer(200, "{\"Status\":\"2000\"}").result());
        assertEquals(SubTaskResult.PENDING, answer(200, "{\"Status\":\"4001\"}").result());
        assertEquals(DeviceControlExecutor.BUSY, answer(403, "").retryAfter());
        assertEquals(SubTaskResult.FAILURE, answer(401, "").result());
        assertEquals(SubTaskResult.NOT_APPLICABLE, answer(404, "").result());
        TaskOutcome defaultPassword = answer(200, "{\"Status\":\"4010\"}");
        assertEquals(SubTaskResult.FAILURE, defaultPassword.result());
        assertEquals(true, defaultPassword.reason().contains("management baseline"));
        assertEquals(SubTaskResult.FAILURE, answer(200, "{\"Status\":\"5000\"}").result());
    }

    @Test
    public void argumentsAreCheckedPerTypeAndNameTheFieldAtFault() {
        assertEquals(Map.of("destination", "4711", "line", "1", "type", "SIP"), executor.arguments(TaskType.DIAL, Map.of("destination", " 4711 ")));
        assertEquals("arguments.type", assertThrows(InvalidInputException.class,
                () -> executor.arguments(TaskType.DIAL, Map.of("destination", "4711", "type", "FAX"))).field());
        assertEquals(Map.of("kind", "factory"), executor.arguments(TaskType.RESET, Map.of("kind", "Factory")));
        assertEquals("arguments.kind", assertThrows(InvalidInputException.class, () -> executor.arguments(TaskType.RESET, Map.of())).field());
        assertEquals("arguments.bad name", assertThrows(InvalidInputException.class,
                () -> executor.arguments(TaskType.SET_PARAMETERS, Map.of("bad name", "1"))).field());
        assertEquals("arguments", assertThrows(InvalidInputException.class, () -> executor.arguments(TaskType.REBOOT, Map.of("x", "1"))).field());
    }

    @Test
    public void anActiveDirectoryPasswordIsStoredSealedAndAlone() {
        assertEquals(Map.of("activeDirectoryPassword", "sealed:terces"), executor.arguments(TaskType.SET_PARAMETERS, Map.of("activeDirectoryPassword", "secret")));
        assertEquals("arguments.activeDirectoryPassword", assertThrows(InvalidInputException.class, () -> executor.arguments(TaskType.SET_PARAMETERS,
                Map.of("activeDirectoryPassword", "secret", "reg.1.label", "x"))).field());
        assertEquals("arguments.activeDirectoryPassword", assertThrows(InvalidInputException.class, () -> executor.arguments(TaskType.SET_PARAMETERS,
                Map.of("activeDirectoryPassword", ""))).field());
    }
}
