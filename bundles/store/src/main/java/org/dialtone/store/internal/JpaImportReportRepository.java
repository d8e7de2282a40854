package org.dialtone.store.internal;

import java.util.List;
import java.util.function.Consumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.store.ImportReportRepository;
import org.dialtone.store.RowResult;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ImportReportRepository.class)
public class JpaImportReportRepository implements ImportReportRepository {
    private static final int PAGE = 2000;
    private final JpaTemplate jpa;

    @Activate
    public JpaImportReportRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa,
                                     @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public ImportReport save(String kind, char separator, int rows, List<RowResult> results, String actor) {
        return Jpa.tx(jpa, "import report", em -> {
            ImportReportEntity report = new ImportReportEntity();
            report.kind = kind;
            report.separator = String.valueOf(separator);
            report.rows = rows;
            report.created = count(results, RowResult.Outcome.CREATED);
            report.updated = count(results, RowResult.Outcome.UPDATED);
            report.skipped = count(results, RowResult.Outcome.SKIPPED);
            report.failed = count(results, RowResult.Outcome.FAILED);
            report.warnings = (int) results.stream().filter(RowResult::warning).count();
            report.importedAt = Jpa.now();
            report.importedBy = actor;
            em.persist(report);
            em.flush();
            for (RowResult result : results) {
                String message = result.message().length() > 2000 ? result.message().substring(0, 1997) + "..." : result.message();
                em.persist(new ImportLogLineEntity(report.id, result.line(), result.outcome().name() + (result.warning() ? "+WARNING" : ""), message));
            }
            return toReport(report);
        });
    }

    @Override
    public ImportReport get(long id) {
        return Jpa.tx(jpa, "import report", em -> {
            ImportReportEntity report = em.find(ImportReportEntity.class, id);
            if (report == null) {
                throw new NotFoundException("There is no import with id " + id + "; the id comes back in the answer to an import");
            }
            return toReport(report);
        });
    }

    @Override
    public void lines(long id, Consumer<RowResult> sink) {
        get(id);
        int after = -1;
        while (true) {
            int from = after;
            List<ImportLogLineEntity> page = Jpa.tx(jpa, "import report", em -> em.createQuery(
                            "SELECT l FROM ImportLogLineEntity l WHERE l.reportId = :id AND l.lineNo > :after ORDER BY l.lineNo", ImportLogLineEntity.class)
                    .setParameter("id", id).setParameter("after", from).setMaxResults(PAGE).getResultList());
            for (ImportLogLineEntity line : page) {
                boolean warning = line.outcome.endsWith("+WARNING");
                sink.accept(new RowResult(line.lineNo, RowResult.Outcome.valueOf(line.outcome.replace("+WARNING", "")), line.message, warning));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).lineNo;
        }
    }

    private static int count(List<RowResult> results, RowResult.Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static ImportReport toReport(ImportReportEntity r) {
        return new ImportReport(r.id, r.kind, r.separator.charAt(0), r.rows, r.created, r.updated, r.skipped, r.failed, r.warnings);
    }
}
