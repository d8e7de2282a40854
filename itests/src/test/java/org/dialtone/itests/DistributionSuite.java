package org.dialtone.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * Every area on one container per database run. Pax Exam's PerSuite keeps the container while classes it has been
 * handed are still to run; run one by one, each class would boot (and stop) its own. A new area is listed here.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({ServerIT.class, InventoryIT.class, ProfilesIT.class, ProvisioningIT.class, TlsIT.class, ConsoleIT.class, AccountsIT.class})
public class DistributionSuite {
}
