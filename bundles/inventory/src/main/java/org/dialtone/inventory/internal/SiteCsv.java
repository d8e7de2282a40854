package org.dialtone.inventory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.PublicSubnet;
import org.dialtone.api.inventory.SiteInput;
import org.dialtone.store.RowResult;
import org.dialtone.store.SiteRepository.ImportedSite;

/**
 * A site CSV (guide: Importing Sites Using CSV Files): headers {@code site_name}, {@code description},
 * {@code location_name}, {@code subnets} in any case and order; {@code site_name} and {@code subnets} required.
 */
final class SiteCsv {
    static final int MAX_ROWS = 10_000;
    private static final List<String> KNOWN = List.of("site_name", "description", "location_name", "subnets");

    record Parsed(char separator, int rows, List<ImportedSite> sites, List<RowResult> failures) {
    }

    private SiteCsv() {
    }

    static Parsed parse(CsvText csv) {
        CsvText repaired = csv.withText(repairUnescapedJson(csv.text(), csv.separator()));
        List<CsvText.Row> rows = repaired.rows();
        Map<String, Integer> columns = header(rows.get(0));
        List<CsvText.Row> data = rows.subList(1, rows.size());
        if (data.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "has " + data.size() + " sites; import at most " + MAX_ROWS + " per file");
        }
        List<ImportedSite> sites = new ArrayList<>();
        List<RowResult> failures = new ArrayList<>();
        Map<String, Integer> firstLineOfName = new HashMap<>();
        for (CsvText.Row row : data) {
            try {
                String name = Names.require("site_name", row.cell(columns.get("site_name")));
                String subnetsCell = row.cell(columns.get("subnets"));
                if (subnetsCell.isBlank()) {
                    throw new InvalidInputException("subnets", "is required: {\"public-subnet-list\":[{\"ip-address\":\"…\",\"mask-length\":\"…\"}]}");
                }
                List<PublicSubnet> subnets;
                try {
                    subnets = SubnetJson.parse(subnetsCell);
                } catch (SubnetJson.SyntaxException e) {
                    throw new InvalidInputException("subnets", e.getMessage());
                }
                SiteInput input = new SiteInput(name, cell(row, columns, "description"), cell(row, columns, "location_name"),
                        null, null, null, subnets, null);
                ImportedSite site = new ImportedSite(row.line(), SiteRules.validate(input));
                Integer earlier = firstLineOfName.putIfAbsent(site.site().name().toLowerCase(Locale.ROOT), row.line());
                if (earlier != null) {
                    throw new InvalidInputException("site_name", site.site().name() + " is already on line " + earlier + "; list each site once");
                }
                sites.add(site);
            } catch (InvalidInputException e) {
                failures.add(new RowResult(row.line(), RowResult.Outcome.FAILED, e.field() + " " + e.rule()));
            }
        }
        return new Parsed(csv.separator(), data.size(), sites, failures);
    }

    private static String cell(CsvText.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? null : DeviceCsv.unguard(row.cell(index));
    }

    private static Map<String, Integer> header(CsvText.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!KNOWN.contains(name)) {
                throw new InvalidInputException("header", "column '" + header.cells().get(i).strip() + "' is unknown; a site CSV has "
                        + String.join(", ", KNOWN));
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new InvalidInputException("header", "column " + name + " appears twice");
            }
        }
        for (String required : List.of("site_name", "subnets")) {
            if (!columns.containsKey(required)) {
                throw new InvalidInputException("header", "the first line must name the column " + required
                        + " (the header is site_name, description, location_name, subnets in any order)");
            }
        }
        return columns;
    }

    private static final Pattern JSON_START = Pattern.compile("\"\\s*\\{\\s*\"");

    /**
     * The guide's example quotes the JSON cell without doubling the quotes inside it. A cell that opens with
     * {@code "{"} (a quote doubled properly reads {@code "{""}) is such a cell: it runs to the first
     * {@code }"} or {@code ]"} followed by a separator or the line end, which valid JSON never contains.
     * Its inner quotes are doubled so the CSV parser reads it as the admin meant.
     */
    static String repairUnescapedJson(String text, char separator) {
        String[] lines = text.split("(?<=\n)");
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : lines) {
            out.append(repairLine(line, separator));
        }
        return out.toString();
    }

    private static String repairLine(String line, char separator) {
        Matcher start = JSON_START.matcher(line);
        while (start.find()) {
            int open = start.start();
            if (!atFieldStart(line, open, separator) || line.startsWith("\"{\"\"", open)) {
                continue;
            }
            Matcher end = Pattern.compile("[}\\]]\"[ \\t]*(" + Pattern.quote(String.valueOf(separator)) + "|\\r?\\n|$)").matcher(line);
            if (!end.find(open + 1)) {
                return line;
            }
            int close = end.start() + 1;
            String inner = line.substring(open + 1, close);
            return line.substring(0, open) + "\"" + inner.replace("\"", "\"\"") + "\"" + line.substring(close + 1);
        }
        return line;
    }

    private static boolean atFieldStart(String line, int index, char separator) {
        for (int i = index - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == separator) {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Writes sites as the import reads them (UTF-8 with a byte order mark, so that spreadsheets take it as such). */
    static final class Writer implements AutoCloseable {
        private final org.apache.commons.csv.CSVPrinter printer;

        Writer(java.io.OutputStream out, char separator) throws java.io.IOException {
            java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new org.apache.commons.csv.CSVPrinter(writer, org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(separator).get());
            printer.printRecord(KNOWN);
        }

        void write(org.dialtone.api.inventory.Site site) throws java.io.IOException {
            printer.printRecord(DeviceCsv.guard(site.name()), DeviceCsv.guard(site.description()), DeviceCsv.guard(site.location()),
                    SubnetJson.write(site.publicSubnets()));
        }

        @Override
        public void close() throws java.io.IOException {
            printer.flush();
        }
    }
}
