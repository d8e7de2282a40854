package org.dialtone.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import javax.ws.rs.Path;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.Role;
import org.dialtone.api.security.RoleMatrix;
import org.junit.Test;

public class RoleFilterTest {
    @Test
    public void everyResourceNamesItsAreaOfTheMatrix() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes/org/dialtone/rest/internal/resources");
        List<String> unguarded;
        try (Stream<java.nio.file.Path> files = Files.list(classes)) {
            unguarded = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> "org.dialtone.rest.internal.resources." + n.substring(0, n.length() - 6)).map(RoleFilterTest::load)
                    .filter(c -> c.isAnnotationPresent(Path.class) && !c.isAnnotationPresent(Guarded.class)).map(Class::getSimpleName).toList();
        }
        assertEquals("resources without @Guarded are the admins' alone", List.of(), unguarded);
    }

    @Test
    public void aMethodsOwnGuardWinsOverItsClass() throws Exception {
        Guarded guard = RoleFilter.guard(org.dialtone.rest.internal.resources.ProfileResource.class.getMethod("parse",
                java.io.InputStream.class), org.dialtone.rest.internal.resources.ProfileResource.class);
        assertNotNull(guard);
        assertTrue(guard.reads());
    }

    @Test
    public void theMatrixGivesEachRoleWhatTheIssueSays() {
        assertTrue(RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.TASKS, true));
        assertFalse(RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.SETTINGS, true));
        assertTrue(RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.SETTINGS, false));
        assertFalse(RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.ACCOUNTS, false));
        assertFalse(RoleMatrix.allows(Role.VIEWER, RoleMatrix.Area.DEVICES, true));
        assertTrue(RoleMatrix.allows(Role.VIEWER, RoleMatrix.Area.OWN_ACCOUNT, true));
        assertTrue(Role.OPERATOR.mayGrant(Role.VIEWER));
        assertFalse(Role.OPERATOR.mayGrant(Role.ADMIN));
    }

    @Test
    public void anAccountLimitedToSitesKeepsItsRoleOnDevicesOnlyAndReadsTheSharedCatalogues() {
        assertTrue(RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.DEVICES, true, true));
        assertTrue(RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.TASKS, true, true));
        assertFalse("a profile reaches devices at every site", RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.PROFILES, true, true));
        assertTrue(RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.PROFILES, false, true));
        assertFalse("the activity log tells of every site", RoleMatrix.allows(Role.OPERATOR, RoleMatrix.Area.ACTIVITY, false, true));
        assertFalse(RoleMatrix.allows(Role.VIEWER, RoleMatrix.Area.DEVICES, true, true));
        assertTrue(RoleMatrix.allows(Role.VIEWER, RoleMatrix.Area.DEVICES, false, true));
        assertEquals(RoleMatrix.access(Role.OPERATOR, RoleMatrix.Area.GROUPS), RoleMatrix.access(Role.OPERATOR, RoleMatrix.Area.GROUPS, false));
    }

    @Test
    public void aSiteScopeReachesItsSitesOnlyAndNoneWhenItsSitesAreGone() {
        org.dialtone.api.security.SiteScope scope = org.dialtone.api.security.SiteScope.of(List.of(3L, 5L));
        assertTrue(scope.reaches(3L));
        assertFalse(scope.reaches(4L));
        assertFalse(scope.reaches(null));
        assertFalse(org.dialtone.api.security.SiteScope.of(List.of()).reaches(3L));
        assertEquals(java.util.Set.of(), org.dialtone.api.security.SiteScope.of(List.of()).filter());
        assertTrue(org.dialtone.api.security.SiteScope.EVERY_SITE.reaches(4L));
        assertEquals(null, org.dialtone.api.security.SiteScope.EVERY_SITE.filter());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
