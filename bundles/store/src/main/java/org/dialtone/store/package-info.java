/** Persistence services for the capability bundles; entities and SQL stay inside this bundle. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.dialtone.store;
