/**
 * What samplers share: seeded random streams per chain, starting points, chains run in parallel
 * with cancellation and progress reports, and the draws they return.
 */
package org.ppl.infer;
