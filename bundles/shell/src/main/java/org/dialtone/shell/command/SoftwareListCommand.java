package org.dialtone.shell.command;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.api.software.SoftwareLicense;

@Command(scope = "dialtone", name = "software-list", description = "Lists the software images, what they serve and their licence files")
@Service
public class SoftwareListCommand implements Action {
    @Reference
    private SoftwareImageService software;

    @Override
    public Object execute() {
        Set<Long> licensed = software.licenses().stream().map(SoftwareLicense::imageId).collect(Collectors.toSet());
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Image");
        table.column("Families");
        table.column("Version");
        table.column("Models").alignRight();
        table.column("Bytes").alignRight();
        table.column("Licence file");
        table.column("Uploaded by");
        int count = 0;
        for (SoftwareImage image : software.list()) {
            table.addRow().addContent(image.id(), image.name(), String.join(",", image.families()), image.version(), image.models().size(),
                    image.bytes(), licensed.contains(image.id()) ? "yes" : "", image.uploadedBy());
            count++;
        }
        table.print(System.out);
        System.out.println(count + " software images");
        return null;
    }
}
