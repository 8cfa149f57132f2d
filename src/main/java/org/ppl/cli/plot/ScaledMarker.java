package org.ppl.cli.plot;

import java.awt.Graphics2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A marker drawn at a multiple of the chart's marker size: XChart has one marker size per chart,
 * and a plot whose few important points (divergences, posterior means) sit on a cloud of small
 * ones needs two.
 */
final class ScaledMarker extends Marker {
    private final Marker shape;
    private final double factor;

    ScaledMarker(Marker shape, double factor) {
        this.shape = shape;
        this.factor = factor;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
        shape.paint(g, x, y, (int) Math.round(size * factor));
    }
}
