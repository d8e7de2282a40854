package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.api.software.SoftwareState;
import org.dialtone.api.software.SoftwareStatus;
import org.dialtone.api.software.SoftwareUpload;

@Command(scope = "dialtone", name = "software-status",
        description = "Devices by the software image they were told to run: up to date, pending, failing; and uploads in progress")
@Service
public class SoftwareStatusCommand implements Action {
    @Reference
    private SoftwareImageService software;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Image id").alignRight();
        table.column("Image");
        table.column("Version");
        table.column("Up to date").alignRight();
        table.column("Pending").alignRight();
        table.column("Failing").alignRight();
        table.column("No image").alignRight();
        for (SoftwareStatus status : software.status()) {
            table.addRow().addContent(status.imageId() == null ? "" : status.imageId(), status.imageName() == null ? "(none selected)" : status.imageName(),
                    status.version() == null ? "" : status.version(), status.upToDate(), status.pending(), status.failing(), status.none());
        }
        table.print(System.out);
        System.out.println("Failing: still another version after " + SoftwareState.FAILING_AFTER_POLLS
                + " requests. The devices: dialtone:device-list --software failing, or the Device Monitor filtered by software failing");
        for (SoftwareUpload upload : software.uploads()) {
            System.out.println("Uploading " + upload.name() + " (" + upload.uploadedBy() + ", since " + upload.startedAt() + "): "
                    + upload.bytesReceived() + " bytes received, " + upload.phase());
        }
        return null;
    }
}
