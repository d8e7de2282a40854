/** Sites, devices and device groups: what an admin manages on the guide's Sites, Device Monitor and Device Groups pages. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api.inventory;
