/** JMH benchmarks with hand-written baselines in the same run; results in bench/RESULTS.md. */
package org.ppl.bench;
