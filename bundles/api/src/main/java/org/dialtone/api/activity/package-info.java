/**
 * The activity log (the guide's Download Activity Logs): every admin write, from the REST API, the console or the
 * shell, with who, when, what, the target and a before/after summary; kept some weeks, downloadable per week.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api.activity;
