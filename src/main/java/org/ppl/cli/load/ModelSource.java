package org.ppl.cli.load;

/**
 * The text of a model and what to call it.
 *
 * @param name the model's name ({@code gplvm}, or a file's name without {@code .ppl})
 * @param text the source
 * @param origin the name diagnostics show ({@code models/gplvm.ppl}, or {@code gplvm.ppl} for a
 *     bundled model)
 * @param bundled whether it is one of the models shipped with ppl
 */
public record ModelSource(String name, String text, String origin, boolean bundled) {}
