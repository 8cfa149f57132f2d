/**
 * The predictive step: draws from the prior predictive ({@link org.ppl.compiler.predict.PriorPredictive},
 * ancestral sampling of the parameters, then replicates of the observed terms) and the posterior
 * predictive ({@link org.ppl.compiler.predict.PosteriorPredictive}: per posterior draw, GP
 * conditionals and predictions at new inputs, the saved values computed from them, and replicates).
 * Both run the model's {@link org.ppl.compiler.lower.LoweringMode#PREDICTIVE} build.
 */
package org.ppl.compiler.predict;
