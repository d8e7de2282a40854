/** The device drivers that run, in one place: recognition, lookup, arrivals and departures. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.drivers;
