package org.dialtone.console.internal;

import static org.junit.Assert.assertEquals;

import org.dialtone.api.security.Role;
import org.dialtone.api.security.RoleMatrix;
import org.junit.Test;

public class NavigationTest {
    private static final Navigation.Entry SITES = new Navigation.Entry("dialtone.sites", "Sites", 30, RoleMatrix.Area.SITES, false);
    private static final Navigation.Entry IMPORTS = new Navigation.Entry("dialtone.imports", "Imports", 90, RoleMatrix.Area.DEVICES, true);
    private static final Navigation.Entry ACTIVITY = new Navigation.Entry("dialtone.activity", "Activity Log", 100, RoleMatrix.Area.ACTIVITY, false);

    @Test
    public void aPageOpensAsFarAsTheRoleMatrixLetsTheAccount() {
        assertEquals(RoleMatrix.Access.WRITE, new Navigation.Caller(Role.ADMIN, false).access(SITES));
        assertEquals(RoleMatrix.Access.READ, new Navigation.Caller(Role.OPERATOR, false).access(SITES));
        assertEquals(RoleMatrix.Access.WRITE, new Navigation.Caller(Role.OPERATOR, false).access(IMPORTS));
        assertEquals(RoleMatrix.Access.READ, new Navigation.Caller(Role.VIEWER, false).access(ACTIVITY));
        assertEquals("no role, no page", RoleMatrix.Access.NONE, new Navigation.Caller(null, false).access(SITES));
    }

    @Test
    public void anAccountLimitedToSitesIsNotOfferedWhatReachesEverySite() {
        Navigation.Caller limited = new Navigation.Caller(Role.OPERATOR, true);
        assertEquals(RoleMatrix.Access.NONE, limited.access(IMPORTS));
        assertEquals(RoleMatrix.Access.NONE, limited.access(ACTIVITY));
        assertEquals(RoleMatrix.Access.READ, limited.access(SITES));
    }
}
