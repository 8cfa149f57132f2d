/** GP mean functions, following PyMC's {@code pm.gp.mean}: Zero, Constant and Linear. */
package org.ppl.gp.mean;
