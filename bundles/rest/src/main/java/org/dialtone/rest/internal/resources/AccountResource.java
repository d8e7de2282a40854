package org.dialtone.rest.internal.resources;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;

/** Who is signed in, as the console's account page shows it. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Path("/account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    /** The signed-in account: its name, its roles, and where its password is kept. */
    public record Account(String name, List<String> roles, String realm, String passwordKeptIn) {
    }

    @GET
    public Account get(@Context SecurityContext security) {
        List<String> roles = security.isUserInRole("admin") ? List.of("admin") : List.of();
        return new Account(security.getUserPrincipal().getName(), roles, "karaf", "etc/users.properties of each node");
    }
}
