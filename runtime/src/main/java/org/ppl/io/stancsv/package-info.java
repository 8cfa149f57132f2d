/** Stan CSV files, as CmdStan writes them: one chain per file, read back by ArviZ and posterior. */
package org.ppl.io.stancsv;
