package org.dialtone.driver.spi;

import java.util.Set;

/**
 * One model of a family.
 *
 * @param token         model token as the device reports it (user agent, {@code APPLICATION_<MODEL>}), e.g. {@code VVX410}
 * @param displayName   name shown to admins, e.g. {@code VVX 410}
 * @param partNumber    part number used for split images ({@code <part>.sip.ld}); null when the model has none
 * @param deviceType    the dashboard's device type, e.g. {@code VVX}
 * @param endpointTypes {@code endpoint_type} values of a device CSV that map to this model's family
 */
public record DeviceModel(String token, String displayName, String partNumber, String deviceType, Set<String> endpointTypes) {
    public DeviceModel {
        endpointTypes = Set.copyOf(endpointTypes);
    }
}
