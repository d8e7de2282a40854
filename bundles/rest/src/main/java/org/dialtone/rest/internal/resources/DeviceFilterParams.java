package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import javax.ws.rs.QueryParam;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.CallStatus;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceSort;
import org.dialtone.api.inventory.DeviceStatus;
import org.dialtone.api.inventory.SipRegistration;

/**
 * The device filters that the device list, its CSV export and its status refresh share ({@code @BeanParam}); the fields
 * are public because swagger finds a bean parameter's parts as Jackson properties.
 */
public class DeviceFilterParams {
    @Parameter(description = "Case-insensitive substring of the name, MAC address, serial number, IP addresses, model or description")
    @QueryParam("q")
    public String q;

    @Parameter(description = "The device type, as `GET /device-types` names it (VVX, Trio, ...)")
    @QueryParam("type")
    public String type;

    @Parameter(description = "The model, as the device reports it (VVX 410, Trio 8800, ...)")
    @QueryParam("model")
    public String model;

    @Parameter(description = "Only devices at this site")
    @QueryParam("siteId")
    public String siteId;

    @Parameter(description = "Only members of this device group")
    @QueryParam("groupId")
    public String groupId;

    @Parameter(description = "Online: the device polled or reported within its expected interval", schema = @Schema(implementation = DeviceStatus.class))
    @QueryParam("status")
    public String status;

    @Parameter(description = "The SIP registration of its lines, as last reported", schema = @Schema(implementation = SipRegistration.class))
    @QueryParam("registration")
    public String registration;

    @Parameter(description = "Whether it is in a call, as last reported", schema = @Schema(implementation = CallStatus.class))
    @QueryParam("callStatus")
    public String callStatus;

    /** The filters as a query, sorted by {@code sort} and {@code order} (either may be null). */
    DeviceQuery query(String sort, String order) {
        if (type != null && type.length() > 64) {
            throw new InvalidInputException("type", "at most 64 characters");
        }
        if (q != null && q.length() > 200) {
            throw new InvalidInputException("q", "at most 200 characters");
        }
        return new DeviceQuery(q, type == null || type.isBlank() ? null : type, model, Params.id("siteId", siteId), Params.id("groupId", groupId),
                Params.enumValue("status", DeviceStatus.class, status), DeviceSort.parse(sort), Params.descending(order), null, null,
                SipRegistration.parse("registration", registration), CallStatus.parse("callStatus", callStatus));
    }
}
