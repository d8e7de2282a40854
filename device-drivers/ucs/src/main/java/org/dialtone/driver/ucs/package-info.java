/**
 * What the Polycom UC Software families (VVX, SoundPoint/SoundStation, Trio, CX5x00) share: their provisioning
 * user agents, file names, master configuration and polycomConfig files. Driver bundles build on it.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.driver.ucs;
