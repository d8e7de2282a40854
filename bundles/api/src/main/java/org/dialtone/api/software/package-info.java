/** Software images and their files (F-SW). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api.software;
