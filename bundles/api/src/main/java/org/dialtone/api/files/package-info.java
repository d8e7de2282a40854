/** Files devices fetch and upload: per device, and for all devices ({@code 000000000000-*}). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api.files;
