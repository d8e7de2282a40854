/** The server's TLS: its certificate, the listeners phones connect to, and what clients negotiated. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api.tls;
