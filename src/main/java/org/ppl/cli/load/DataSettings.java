package org.ppl.cli.load;

import java.util.List;
import org.ppl.cli.UserError;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.io.SourceLocation;

/** The {@code --set NAME=VALUE} arguments: numbers that add to or replace the data ({@code --set Q=3}). */
public final class DataSettings {
    private DataSettings() {}

    /** {@code data} with each setting applied in order. */
    public static DataSet apply(DataSet data, List<String> settings) {
        DataSet out = data;
        for (String s : settings) out = out.with(parse(s));
        return out;
    }

    static DataValue parse(String setting) {
        int eq = setting.indexOf('=');
        String name = eq < 0 ? setting : setting.substring(0, eq).strip();
        if (eq <= 0 || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new UserError("ppl: --set " + setting + ": expected NAME=NUMBER, as in --set Q=3");
        }
        String text = setting.substring(eq + 1).strip();
        SourceLocation where = new SourceLocation("--set " + name, 0, 0);
        if (text.matches("[+-]?\\d+")) {
            try {
                return DataValue.scalar(name, Long.parseLong(text), true, where);
            } catch (NumberFormatException e) {
                throw new UserError("ppl: --set " + setting + ": " + text + " is too large");
            }
        }
        try {
            double v = Double.parseDouble(text);
            if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) throw new NumberFormatException();
            return DataValue.scalar(name, v, false, where);
        } catch (NumberFormatException e) {
            throw new UserError("ppl: --set " + setting + ": '" + text + "' is not a number");
        }
    }
}
