/**
 * The device driver SPI: what a bundle implements to add a device family to Dialtone. Semantically
 * versioned; a driver built against 1.x runs on any 1.y with y &ge; x.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.dialtone.driver.spi;
