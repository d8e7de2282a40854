/**
 * The device driver SPI: what a bundle implements to add a device family to Dialtone. Semantically
 * versioned; a driver built against 2.x runs on any 2.y with y &ge; x. 2.0 made file rendering required of
 * every driver (no 1.x release was made); 2.1 added the identity kind of a family, the device configuration
 * file kind of families with their own polling protocol, the device-name parameter, software
 * activation keys, task requests, software packages and request
 * bodies; 2.2 software folders and parameters with file names; 2.3 a recognition's support score and the
 * identity patterns the core keeps while a driver is away; 2.4 polling parameters (the provisioning window); 2.5 the software parameters of a paired device
 * (a Trio's Group Series) and a device's own provisioning account; 2.6 check-sync and screen-capture parameters; 2.7 the
 * Active Directory password task and the kinds of configuration a device is asked for; 2.8 status requests and their
 * reading (device, line and call status polled through the REST API).
 */
@org.osgi.annotation.versioning.Version("2.8.0")
package org.dialtone.driver.spi;
