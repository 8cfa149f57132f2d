package org.ppl.cli.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ppl.cli.BundledModels;
import org.ppl.io.Centring;
import org.ppl.io.CsvDataReader;
import org.ppl.io.CsvSpec;
import org.ppl.io.DataError;
import org.ppl.io.DataSet;
import org.ppl.io.DataSources;
import org.ppl.io.JsonDataReader;
import org.ppl.io.SourceLocation;

/**
 * Reads the data of a run: the {@code --data} arguments, relative to the working directory; or,
 * for a bundled model given none, the data its {@code defaults.args} names, from the classpath.
 * The readers' errors ({@link DataError}) pass through with their locations.
 */
public final class DataArguments {
    private DataArguments() {}

    /** What was read and a short description of where from (for file headers). */
    public record Read(DataSet data, String description) {}

    public static Read read(ModelSource source, ModelRequest request) {
        if (request.data().isEmpty() && source.bundled()) return bundled(source.name());
        DataSet data = DataSet.empty();
        for (String argument : request.data()) data = data.merge(argument(argument, request));
        return new Read(data, String.join(" ", request.data()) + (request.center() ? ", centred" : ""));
    }

    /** One {@code --data} argument, with the request's {@code --standardize} or {@code --center} on CSV columns. */
    public static DataSet argument(String argument, ModelRequest request) {
        DataSet read = DataSources.read(argument, request.standardize());
        if (!request.center() || !CsvSpec.looksLikeSpec(argument)) return read;
        List<org.ppl.io.DataValue> values = new ArrayList<>();
        for (org.ppl.io.DataValue v : read.values()) values.add(Centring.columns(v));
        return DataSet.of(values);
    }

    /** The bundled data of {@code name}, as its {@code defaults.args} gives them. */
    static Read bundled(String name) {
        BundledModels.Source s = BundledModels.find(name).orElseThrow();
        List<String> args = BundledModels.defaultArguments(s);
        List<String> files = new ArrayList<>();
        boolean standardize = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--standardize")) standardize = true;
            else if (a.equals("--data") && i + 1 < args.size()) files.add(args.get(++i));
        }
        DataSet all = DataSet.empty();
        List<String> shown = new ArrayList<>();
        for (String f : files) {
            all = all.merge(readBundled(s.folder(), f, standardize));
            shown.add(s.folder().describe(CsvSpec.looksLikeSpec(f) ? CsvSpec.parse(f).file() : f));
        }
        return new Read(all, String.join(" ", shown) + " (bundled)" + (standardize ? ", standardised" : ""));
    }

    private static DataSet readBundled(BundledModels.ResourceFolder folder, String argument, boolean standardize) {
        if (CsvSpec.looksLikeSpec(argument)) {
            CsvSpec spec = CsvSpec.parse(argument);
            String text = text(folder, spec.file());
            return DataSet.of(List.of(CsvDataReader.parse(spec.name(), text, folder.describe(spec.file()), spec.columns(),
                    standardize)));
        }
        return JsonDataReader.parse(text(folder, argument), folder.describe(argument));
    }

    private static String text(BundledModels.ResourceFolder folder, String file) {
        try (InputStream in = folder.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataError(SourceLocation.file(folder.describe(file)), "the bundled data file is missing");
        }
    }
}
