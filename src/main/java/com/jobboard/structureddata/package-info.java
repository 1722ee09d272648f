/**
 * Schema.org types for JSON-LD structured data, and their safe serialization
 * ({@link JsonLd}). Features build their documents from these (a company's
 * {@link Organization}, a job's posting).
 */
package com.jobboard.structureddata;
