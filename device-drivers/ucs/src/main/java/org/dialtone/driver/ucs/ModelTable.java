package org.dialtone.driver.ucs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dialtone.driver.spi.DeviceModel;

/**
 * A family's models, read from a data file in the driver bundle: one model per line,
 * {@code token | display name | part number or - | device type | endpoint types separated by ,}; {@code #} starts a comment.
 */
public final class ModelTable {
    private final Map<String, DeviceModel> byToken;

    private ModelTable(Map<String, DeviceModel> byToken) {
        this.byToken = byToken;
    }

    public static ModelTable read(InputStream in, String source) {
        Map<String, DeviceModel> models = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\\|");
                if (cells.length != 5) {
                    throw new IllegalArgumentException(source + " line " + number + " has " + cells.length + " cells, not 5");
                }
                String part = cells[2].strip();
                Set<String> endpointTypes = Set.of(cells[4].strip().split("\\s*,\\s*"));
                DeviceModel model = new DeviceModel(cells[0].strip(), cells[1].strip(), part.equals("-") ? null : part, cells[3].strip(), endpointTypes);
                if (models.put(model.token().toLowerCase(Locale.ROOT), model) != null) {
                    throw new IllegalArgumentException(source + " line " + number + " repeats the model " + model.token());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + " could not be read", e);
        }
        return new ModelTable(models);
    }

    public List<DeviceModel> models() {
        return new ArrayList<>(byToken.values());
    }

    public Optional<DeviceModel> find(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token.toLowerCase(Locale.ROOT)));
    }
}
