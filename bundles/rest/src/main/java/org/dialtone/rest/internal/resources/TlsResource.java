package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.Uploads;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.tls.ServerCertificate;
import org.dialtone.api.tls.ServerCertificateService;
import org.dialtone.api.tls.TlsStatus;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The certificate phones and browsers are served, the CA phones must trust, and the anchors device certificates are
 * checked against. A PKCS#12 password travels in a header, never in the address (which access logs keep).
 */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.CERTIFICATES)
@Tag(name = "TLS")
@Path("/tls")
@Produces(MediaType.APPLICATION_JSON)
public class TlsResource {
    static final String PEM = "application/x-pem-file";
    static final String PKCS12 = "application/x-pkcs12";
    private static final int MAX_BYTES = 256 * 1024;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServerCertificateService certificatesService;

    private ServerCertificateService certificates() {
        return Services.require(() -> certificatesService, "TLS certificates");
    }

    @Operation(operationId = "getTlsStatus",
            summary = "The TLS listeners and what clients negotiate",
            description = "Served certificates, the CA, device trust, the listeners, what clients negotiated, devices on the "
            + "legacy listener.")
    @GET
    public TlsStatus status() {
        return certificates().status();
    }

    @Operation(operationId = "getServerCertificate",
            summary = "The certificate the server presents")
    @GET
    @Path("/certificate")
    public List<ServerCertificate> served() {
        return certificates().served();
    }

    @Operation(operationId = "installServerCertificate",
            summary = "Install a server certificate from a PKCS#12 keystore",
            description = "Installs a chain and its key: PEM text (`application/x-pem-file` or `text/plain`) or PKCS#12 "
            + "(`application/x-pkcs12`, password in `X-Keystore-Password`). Applied without a restart.")
    @PUT
    @Path("/certificate")
    @Consumes(MediaType.WILDCARD)
    public List<ServerCertificate> install(InputStream body, @Context HttpHeaders headers, @Parameter(description = "The PKCS#12 keystore password") @HeaderParam("X-Keystore-Password") String password,
                                           @Context SecurityContext security) {
        byte[] bytes = read(body);
        MediaType type = headers.getMediaType();
        String by = security.getUserPrincipal().getName();
        if (type != null && (type.isCompatible(MediaType.valueOf(PKCS12)) || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE))) {
            return certificates().installPkcs12(bytes, password == null ? new char[0] : password.toCharArray(), by);
        }
        return certificates().installPem(new String(bytes, StandardCharsets.US_ASCII), by);
    }

    @Operation(operationId = "useSelfSignedCertificate",
            summary = "Go back to the server's own certificate",
            description = "Back to the self-signed certificates under the installation's CA.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/certificate")
    public List<ServerCertificate> useSelfSigned(@Context SecurityContext security) {
        return certificates().useSelfSigned(security.getUserPrincipal().getName());
    }

    @Operation(operationId = "downloadCertificatePem",
            summary = "Download the server's certificate (PEM)",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/certificate.pem")
    @Produces(PEM)
    public Response certificatePem() {
        return Response.ok(certificates().certificatePem(), PEM).header("Content-Disposition", "attachment; filename=\"dialtone-certificate.pem\"").build();
    }

    @Operation(operationId = "downloadAuthorityPem",
            summary = "Download the server's certificate authority (PEM)",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/ca.pem")
    @Produces(PEM)
    public Response authorityPem() {
        return Response.ok(certificates().authorityPem(), PEM).header("Content-Disposition", "attachment; filename=\"dialtone-ca.pem\"").build();
    }

    @Operation(operationId = "getDeviceTrust",
            summary = "The certificate authorities trusted for device certificates")
    @GET
    @Path("/device-trust")
    public List<ServerCertificate> deviceTrust() {
        return certificates().deviceTrust();
    }

    @Operation(operationId = "installDeviceTrust",
            summary = "Trust certificate authorities (PEM) for device certificates",
            description = "Replaces the anchors device factory certificates are checked against (PEM CA certificates).")
    @PUT
    @Path("/device-trust")
    @Consumes(MediaType.WILDCARD)
    public List<ServerCertificate> installDeviceTrust(InputStream body, @Context SecurityContext security) {
        return certificates().installDeviceTrust(new String(read(body), StandardCharsets.US_ASCII), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "removeDeviceTrust",
            summary = "Stop trusting extra certificate authorities for devices",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/device-trust")
    public Response removeDeviceTrust(@Context SecurityContext security) {
        certificates().removeDeviceTrust(security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    private static byte[] read(InputStream body) {
        return Uploads.read(body, MAX_BYTES, "certificate", "larger than " + MAX_BYTES / 1024 + " KiB: send the server certificate,"
                + " its intermediates and its key only");
    }
}
