package org.dialtone.api.profiles;

import java.util.List;

/**
 * The devices a change affects and the admin's apply choice, with the task that applies it now or at the chosen time
 * ({@code taskId}; null when the devices pick the change up at their next poll). {@code deviceIds} lists at most the
 * first thousand; {@code deviceCount} is exact.
 */
public record ChangeResult(String description, long deviceCount, List<Long> deviceIds, ApplyChoice apply, Long taskId) {
    public ChangeResult {
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }
}
