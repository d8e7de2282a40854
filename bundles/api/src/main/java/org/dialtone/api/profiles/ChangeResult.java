package org.dialtone.api.profiles;

import java.util.List;

/**
 * The devices a change affects, and the recorded apply choice. {@code deviceIds} lists at most the first
 * thousand; {@code deviceCount} is exact.
 */
public record ChangeResult(String description, long deviceCount, List<Long> deviceIds, ApplyChoice apply, Long applyRequestId) {
    public ChangeResult {
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }
}
