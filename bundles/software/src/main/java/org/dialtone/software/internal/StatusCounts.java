package org.dialtone.software.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.api.software.SoftwareState;
import org.dialtone.api.software.SoftwareStatus;
import org.dialtone.api.software.SoftwareTally;

/** Per image, how many devices run it, wait for it or fail to take it (F-SW-4). */
final class StatusCounts {
    private StatusCounts() {
    }

    static List<SoftwareStatus> of(List<SoftwareTally> tallies, LongFunction<Optional<SoftwareImage>> images) {
        Map<Long, long[]> counts = new java.util.TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        for (SoftwareTally tally : tallies) {
            counts.computeIfAbsent(tally.imageId(), k -> new long[SoftwareState.values().length])[tally.state().ordinal()] += tally.devices();
        }
        List<SoftwareStatus> status = new ArrayList<>();
        counts.forEach((id, n) -> {
            Optional<SoftwareImage> image = id == null ? Optional.empty() : images.apply(id);
            status.add(new SoftwareStatus(id, image.map(SoftwareImage::name).orElse(id == null ? null : "(deleted image " + id + ")"),
                    image.map(SoftwareImage::version).orElse(null), n[SoftwareState.UP_TO_DATE.ordinal()], n[SoftwareState.PENDING.ordinal()],
                    n[SoftwareState.FAILING.ordinal()], n[SoftwareState.NONE.ordinal()]));
        });
        return status;
    }
}
