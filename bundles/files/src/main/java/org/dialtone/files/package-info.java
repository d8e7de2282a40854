/** The files devices fetch and upload, for the provisioning endpoint. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.files;
