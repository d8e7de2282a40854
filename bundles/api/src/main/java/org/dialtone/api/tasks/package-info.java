/**
 * Scheduled tasks (the guide's Management Agent &gt; Scheduled Tasks): a task of one type over devices, groups, sites or
 * a device filter, run at a time, with one sub task per device and its result; and the link that reaches a device.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api.tasks;
