package org.ppl.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ppl check} prints about a model: its parameters (shape by name and, with data, by
 * number; constraint; unconstrained size), its data and sizes, its observed terms as written, its
 * saved values and what is left for the predictive step. Without data every size stays a name.
 *
 * @param dimension the number of unconstrained values, a number with data, else a size expression
 */
public record ModelReport(String name, List<Parameter> parameters, List<Data> data, List<Size> sizes,
        List<Observed> observed, List<Saved> saved, List<String> predictive, String dimension) {

    /** {@code unconstrained} names the free block when it differs from the parameter (a whitened GP prior's v). */
    public record Parameter(String name, String shape, String constraint, String unconstrained, String unconstrainedSize) {}

    /** {@code value} is the number of a scalar item with data, else null; {@code origin} where it came from. */
    public record Data(String name, String type, String shape, String value, String origin) {}

    /** {@code value} is null without data. */
    public record Size(String name, String value, String origin) {}

    /** An observed term: its position in the model and its text. */
    public record Observed(String position, String text) {}

    public record Saved(String name, String shape) {}

    /** The report as aligned text. */
    public String render() {
        StringBuilder sb = new StringBuilder("model ").append(name).append('\n');
        sb.append("\nparameters (").append(dimension).append(" unconstrained values)\n");
        List<String[]> rows = new ArrayList<>();
        for (Parameter p : parameters) {
            String free = p.unconstrained().equals(p.name()) ? p.unconstrainedSize() : p.unconstrainedSize() + " (as " + p.unconstrained() + ")";
            rows.add(new String[] {p.name(), p.shape(), p.constraint(), free});
        }
        table(sb, rows, "(none)");
        sb.append("\ndata\n");
        rows.clear();
        for (Data d : data) {
            rows.add(new String[] {d.name(), d.type() + " " + d.shape() + (d.value() == null ? "" : " = " + d.value()),
                d.origin() == null ? "" : d.origin()});
        }
        table(sb, rows, "(none)");
        if (!sizes.isEmpty()) {
            sb.append("\nsizes\n");
            rows.clear();
            for (Size s : sizes) rows.add(new String[] {s.name(), s.value() == null ? "from the data" : "= " + s.value(), s.origin() == null ? "" : s.origin()});
            table(sb, rows, "");
        }
        sb.append("\nobserved terms\n");
        rows.clear();
        for (Observed o : observed) rows.add(new String[] {o.position(), o.text()});
        table(sb, rows, "(none)");
        if (!saved.isEmpty()) {
            sb.append("\nsaved\n");
            rows.clear();
            for (Saved s : saved) rows.add(new String[] {s.name(), s.shape()});
            table(sb, rows, "");
        }
        if (!predictive.isEmpty()) sb.append("\nfor prediction (drawn after sampling): ").append(String.join(", ", predictive)).append('\n');
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<String[]> rows, String empty) {
        if (rows.isEmpty()) {
            sb.append("  ").append(empty).append('\n');
            return;
        }
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) for (int c = 0; c < columns; c++) width[c] = Math.max(width[c], r[c].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                line.append(r[c]);
                if (c < columns - 1) line.append(" ".repeat(width[c] - r[c].length() + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
