package org.ppl.io;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --data} arguments of the command line: {@code FILE.json} (CmdStan-style JSON, every
 * key a data value) or {@code NAME=FILE.csv[:col1,col2]} (columns of a CSV file bound to NAME).
 */
public final class DataSources {
    private DataSources() {}

    /**
     * Reads one argument, relative to the working directory; {@code standardise} applies to CSV
     * columns only.
     */
    public static DataSet read(String argument, boolean standardise) {
        if (CsvSpec.looksLikeSpec(argument)) {
            DataValue v = CsvDataReader.read(CsvSpec.parse(argument), standardise);
            return DataSet.of(List.of(v));
        }
        return JsonDataReader.read(Path.of(argument));
    }

    /**
     * Reads every argument in order into one set.
     *
     * @throws DataError at the second place of a name given twice
     */
    public static DataSet readAll(List<String> arguments, boolean standardise) {
        DataSet all = DataSet.empty();
        for (String a : arguments) all = all.merge(read(a, standardise));
        return all;
    }
}
