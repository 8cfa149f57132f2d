/**
 * Data files: CmdStan-style JSON ({@link org.ppl.io.JsonDataReader}) and columns of CSV files
 * ({@link org.ppl.io.CsvDataReader}), read into {@link org.ppl.io.DataValue}s of a {@link
 * org.ppl.io.DataSet}, each value and element with its file, line and column. Every user error is a
 * {@link org.ppl.io.DataError} whose message starts with that location. Rows in these messages
 * count from 1, as a person counts the rows of a file; checking the values against declarations
 * (sizes, bounds, NaN, integers) is the data binding's work, which reports with {@link
 * org.ppl.io.DataValue#error} and {@link org.ppl.io.DataValue#errorAt}.
 */
package org.ppl.io;
