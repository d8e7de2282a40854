package org.dialtone.inventory.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.DeviceIdentity;
import org.dialtone.api.inventory.DeviceAttribute;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.api.inventory.DeviceTypes;
import org.dialtone.store.DeviceRepository.ExportedDevice;
import org.dialtone.store.RowResult;

/**
 * A device CSV (guide: Creating a Device CSV File): {@code mac_address} and/or {@code serial_number},
 * {@code endpoint_type}, {@code endpoint_name}, {@code endpoint_group} ({@code |}-separated), and any other
 * header is a parameter of the device's csv profile. Header names in any case and order; an empty header
 * cell (a trailing separator) is ignored.
 */
final class DeviceCsv {
    static final int MAX_ROWS = 50_000;
    static final int MAX_VALUE = 4000;
    static final String MAC = "mac_address";
    static final String SERIAL = "serial_number";
    static final String TYPE = "endpoint_type";
    static final String NAME = "endpoint_name";
    static final String GROUP = "endpoint_group";
    private static final List<String> FIXED = List.of(MAC, SERIAL, TYPE, NAME, GROUP);
    private static final String FORMULA_START = "=+-@\t\r";

    /** A row that passed the checks; group names still to be resolved. */
    record Row(int line, String mac, String serialNumber, DeviceType type, String name, List<String> groupNames,
               List<DeviceAttribute> attributes) {
        DeviceIdentity identity() {
            return DeviceIdentity.of(mac, serialNumber, type != null && type.serialIdentified());
        }
    }

    record Parsed(char separator, int rows, List<Row> devices, List<RowResult> failures) {
    }

    private DeviceCsv() {
    }

    static Parsed parse(CsvText csv, DeviceTypes types) {
        List<CsvText.Row> rows = csv.rows();
        Map<String, Integer> fixed = new HashMap<>();
        Map<Integer, String> attributes = new LinkedHashMap<>();
        header(rows.get(0), fixed, attributes);
        List<CsvText.Row> data = rows.subList(1, rows.size());
        if (data.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "has " + data.size() + " devices; import at most " + MAX_ROWS + " per file");
        }
        List<Row> devices = new ArrayList<>();
        List<RowResult> failures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvText.Row row : data) {
            try {
                Row device = row(row, fixed, attributes, types);
                DeviceIdentity identity = device.identity();
                Integer earlier = seen.putIfAbsent(identity.column() + " " + identity.value(), row.line());
                if (earlier != null) {
                    throw new InvalidInputException(identity.column(), identity.value() + " is already on line " + earlier + "; list each device once");
                }
                devices.add(device);
            } catch (InvalidInputException e) {
                failures.add(new RowResult(row.line(), RowResult.Outcome.FAILED, e.field() + " " + e.rule()));
            }
        }
        return new Parsed(csv.separator(), data.size(), devices, failures);
    }

    private static void header(CsvText.Row header, Map<String, Integer> fixed, Map<Integer, String> attributes) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (seen.putIfAbsent(key, i) != null) {
                throw new InvalidInputException("header", "column " + name + " appears twice");
            }
            if (FIXED.contains(key)) {
                fixed.put(key, i);
            } else {
                if (name.length() > 255 || name.chars().anyMatch(c -> c <= ' ')) {
                    throw new InvalidInputException("header", "column '" + name + "' is not a parameter name: at most 255 characters, no spaces");
                }
                attributes.put(i, name);
            }
        }
        if (!fixed.containsKey(MAC) && !fixed.containsKey(SERIAL)) {
            throw new InvalidInputException("header", "the first line must name the column mac_address or serial_number"
                    + " (and may add endpoint_type, endpoint_name, endpoint_group and parameter names)");
        }
    }

    private static Row row(CsvText.Row row, Map<String, Integer> fixed, Map<Integer, String> attributeColumns, DeviceTypes types) {
        String typeText = cell(row, fixed.get(TYPE));
        DeviceType type = null;
        if (!typeText.isEmpty()) {
            type = types.find(typeText).orElseThrow(() -> new InvalidInputException(TYPE, "'" + typeText
                    + "' is not a device type of an installed driver; use one of " + types.allowed()));
        }
        String mac = Identities.mac(MAC, cell(row, fixed.get(MAC)));
        String serial = Identities.serial(SERIAL, cell(row, fixed.get(SERIAL)));
        if (type != null && type.serialIdentified() && serial == null) {
            throw new InvalidInputException(SERIAL, "is required for " + type.label() + ", which is identified by its serial number");
        }
        if (mac == null && serial == null) {
            throw new InvalidInputException(MAC, "is required (or serial_number for devices known by serial number)");
        }
        String name = Names.optional(NAME, cell(row, fixed.get(NAME)));
        List<String> groups = new ArrayList<>();
        for (String group : cell(row, fixed.get(GROUP)).split("\\|")) {
            if (!group.isBlank()) {
                String valid = Names.require(GROUP, group);
                if (groups.stream().noneMatch(valid::equalsIgnoreCase)) {
                    groups.add(valid);
                }
            }
        }
        List<DeviceAttribute> attributes = new ArrayList<>();
        attributeColumns.forEach((index, attribute) -> {
            String value = unguard(cell(row, index));
            if (!value.isEmpty()) {
                if (value.length() > MAX_VALUE) {
                    throw new InvalidInputException(attribute, "is " + value.length() + " characters long; at most " + MAX_VALUE + " are allowed");
                }
                org.dialtone.api.profiles.ParameterValues.check(attribute, attribute, value);
                attributes.add(new DeviceAttribute(attribute, value));
            }
        });
        if (row.cells().size() > 0) {
            int lastColumn = Math.max(attributeColumns.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1),
                    fixed.values().stream().mapToInt(Integer::intValue).max().orElse(-1));
            for (int i = lastColumn + 1; i < row.cells().size(); i++) {
                if (!row.cells().get(i).isBlank()) {
                    throw new InvalidInputException("row", "has a value in column " + (i + 1) + ", which has no header; "
                            + "quote values that contain the separator");
                }
            }
        }
        return new Row(row.line(), mac, serial, type, name, groups, attributes);
    }

    private static String cell(CsvText.Row row, Integer index) {
        return index == null ? "" : row.cell(index).strip();
    }

    /** Export marks cells a spreadsheet would run as a formula with a leading quote; import takes it off again. */
    static String guard(String value) {
        if (value == null) {
            return "";
        }
        return needsGuard(value) ? "'" + value : value;
    }

    static String unguard(String value) {
        return value.startsWith("'") && needsGuard(value.substring(1)) ? value.substring(1) : value;
    }

    private static boolean needsGuard(String value) {
        return !value.isEmpty() && (FORMULA_START.indexOf(value.charAt(0)) >= 0 || value.charAt(0) == '\'' && needsGuard(value.substring(1)));
    }

    /** Streams the export: a header with every parameter name, then one line per device. */
    static final class Writer implements AutoCloseable {
        private final CSVPrinter printer;
        private final List<String> attributeNames;

        Writer(OutputStream out, char separator, List<String> attributeNames) throws IOException {
            java.io.Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(separator).get());
            this.attributeNames = attributeNames;
            List<String> header = new ArrayList<>(FIXED);
            header.addAll(attributeNames);
            printer.printRecord(header);
        }

        void write(ExportedDevice exported) throws IOException {
            Map<String, String> values = new HashMap<>();
            exported.attributes().forEach(a -> values.put(a.name(), a.value()));
            List<String> record = new ArrayList<>();
            record.add(guard(exported.device().mac()));
            record.add(guard(exported.device().serialNumber()));
            record.add(exported.device().type() == null ? "" : exported.device().type());
            record.add(guard(exported.device().name()));
            record.add(guard(String.join("|", exported.groupNames())));
            for (String name : attributeNames) {
                record.add(guard(values.get(name)));
            }
            printer.printRecord(record);
        }

        @Override
        public void close() throws IOException {
            printer.flush();
        }
    }
}
