package org.dialtone.driver.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request a device made to the provisioning endpoint, as a driver sees it.
 *
 * @param method  HTTP method, upper case
 * @param path    path below the provisioning base, already decoded and checked, without a leading slash
 * @param headers header names in lower case
 * @param body    the text a device POSTed (a family's own polling protocol, at most 64 KiB), or null
 */
public record ProvisioningRequest(String method, String path, Map<String, List<String>> headers, String body) {
    public ProvisioningRequest {
        headers = Map.copyOf(headers);
    }

    public ProvisioningRequest(String method, String path, Map<String, List<String>> headers) {
        this(method, path, headers, null);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public Optional<String> userAgent() {
        return header("user-agent");
    }
}
