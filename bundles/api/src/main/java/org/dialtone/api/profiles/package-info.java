/** Configuration profiles, their deployment to containers, and what each device ends up with. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.dialtone.api.profiles;
