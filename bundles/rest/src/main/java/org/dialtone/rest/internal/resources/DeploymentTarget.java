package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import javax.ws.rs.PathParam;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.Container;
import org.dialtone.api.profiles.ContainerType;

/** What {@code /deployment/{type}/{key}} names ({@code @BeanParam}; public fields, as {@link DeviceFilterParams} says why). */
public class DeploymentTarget {
    @Parameter(description = "What the profiles are deployed to",
            schema = @Schema(allowableValues = {"site", "model", "group", "device", "user", "user-group"}))
    @PathParam("type")
    public String type;

    @Parameter(description = "The site or device group id, the model name, the device id, or the user or user group name")
    @PathParam("key")
    public String key;

    Container container() {
        ContainerType containerType = switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "site" -> ContainerType.SITE;
            case "model" -> ContainerType.MODEL;
            case "group", "device-group" -> ContainerType.GROUP;
            case "device" -> ContainerType.DEVICE;
            case "user" -> ContainerType.USER;
            case "user-group" -> ContainerType.USER_GROUP;
            default -> throw new InvalidInputException("type", "'" + type + "' is not a deployment target; use site, model, group, device, user or user-group"
                    + " (the global profiles are at /deployment/global/profiles)");
        };
        return new Container(containerType, key);
    }
}
