package org.dialtone.inventory.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dialtone.api.inventory.ImportLogService;
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.store.ImportReportRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ImportLogService.class)
public class ImportLogServiceImpl implements ImportLogService {
    private final ImportReportRepository reports;

    @Activate
    public ImportLogServiceImpl(@Reference ImportReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public ImportReport report(long id) {
        return reports.get(id);
    }

    /** The log as CSV (line, result, message) so that it opens in a spreadsheet beside the imported file. */
    @Override
    public void writeLog(long id, OutputStream out) throws IOException {
        reports.get(id);
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
        printer.printRecord("line", "result", "message");
        try {
            reports.lines(id, line -> {
                try {
                    printer.printRecord(line.line(), line.outcome().name().toLowerCase(java.util.Locale.ROOT) + (line.warning() ? " with warning" : ""),
                            DeviceCsv.guard(line.message()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }
}
