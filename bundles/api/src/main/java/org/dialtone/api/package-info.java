/** Domain records, service interfaces and error types shared by every Dialtone bundle. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api;
