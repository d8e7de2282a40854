package org.dialtone.inventory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.ImportSeparator;

/**
 * A CSV upload read the way the guide describes: UTF-8 with or without a byte order mark, one separator per
 * file (comma, semicolon or tab, detected from the header line unless the admin chose one), quotes around
 * fields that contain it, spaces after separators ignored. Every record keeps the line it starts on.
 */
final class CsvText {
    record Row(int line, List<String> cells) {
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private final String text;
    private final char separator;

    private CsvText(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    static CsvText read(InputStream in, ImportSeparator chosen) {
        String text;
        try (InputStream body = BOMInputStream.builder().setInputStream(in).get()) {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "is not UTF-8 text; save the CSV as UTF-8 (Excel: \"CSV UTF-8\")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.isBlank()) {
            throw new InvalidInputException("file", "is empty; the first line must be the header");
        }
        return new CsvText(text, chosen != null ? chosen.character() : detect(firstLine(text)));
    }

    String text() {
        return text;
    }

    char separator() {
        return separator;
    }

    CsvText withText(String replaced) {
        return new CsvText(replaced, separator);
    }

    /** The separator that occurs most often outside quotes in the header line; comma when there is none. */
    static char detect(String header) {
        int[] counts = new int[3];
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> counts[0]++;
                    case ';' -> counts[1]++;
                    case '\t' -> counts[2]++;
                    default -> { }
                }
            }
        }
        if (counts[2] > 0 && counts[2] >= counts[0] && counts[2] >= counts[1]) {
            return '\t';
        }
        return counts[1] > counts[0] ? ';' : ',';
    }

    private static String firstLine(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /**
     * All records, blank lines left out. A record commons-csv cannot read (a quote closed in the middle of a
     * field) fails the whole file with its line: nothing after it can be trusted to be split right.
     */
    List<Row> rows() {
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                // The position is where the parser began, before the blank lines it skipped.
                while (line < lineStarts.length && blankLine(lineStarts, line)) {
                    line++;
                }
                Row row = new Row(line, Arrays.asList(record.values()));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("file", "cannot be read as CSV after line " + (rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line())
                    + ": " + rootMessage(e) + ". Put quotes around fields that contain the separator or quotes, and double quotes inside them");
        }
        return rows;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean blankLine(int[] lineStarts, int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        return text.substring(start, end).isBlank();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
