/**
 * Device status (the guide's Device Status and line information): online or offline, SIP registration over the lines,
 * call status, what else a device reported, and where it came from (pushed events, polls, provisioning).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api.monitoring;
