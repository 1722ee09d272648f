/**
 * Postal addresses as companies and jobs give them ({@link Address}), and the countries
 * the forms offer ({@link Countries}).
 */
package com.jobboard.address;
