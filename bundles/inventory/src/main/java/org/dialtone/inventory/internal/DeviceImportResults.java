package org.dialtone.inventory.internal;

import org.dialtone.store.DeviceRepository.ImportedRow;
import org.dialtone.store.RowResult;
import org.dialtone.store.RowResult.Outcome;

/** What the import log says of each row the store applied (guide: Import Multiple Devices, Updating Existing Devices). */
final class DeviceImportResults {
    private DeviceImportResults() {
    }

    static RowResult of(ImportedRow applied) {
        var row = applied.row();
        var identity = row.identity();
        RowResult result = switch (applied.outcome()) {
            case CREATED -> new RowResult(row.line(), Outcome.CREATED, "added " + identity.describe());
            case MERGED -> new RowResult(row.line(), Outcome.UPDATED, "merged into " + identity.describe());
            case OVERWRITTEN -> new RowResult(row.line(), Outcome.UPDATED, "overwrote " + identity.describe());
            case LEFT_ALONE -> new RowResult(row.line(), Outcome.SKIPPED, identity.describe() + " exists and updating existing devices is off; row ignored");
            case IDENTITY_TAKEN -> new RowResult(row.line(), Outcome.FAILED, (identity.bySerialNumber() ? "mac_address " + row.mac()
                    : "serial_number " + row.serialNumber()) + " already belongs to another device (id " + applied.otherDeviceId()
                    + "); correct the row or delete that device first");
        };
        if (row.warnings().isEmpty() || result.outcome() == Outcome.FAILED || result.outcome() == Outcome.SKIPPED) {
            return result;
        }
        return new RowResult(result.line(), result.outcome(), result.message() + "; " + String.join("; ", row.warnings()), true);
    }
}
