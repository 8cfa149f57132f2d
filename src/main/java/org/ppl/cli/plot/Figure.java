package org.ppl.cli.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.ppl.cli.OutputFolder;

/**
 * Charts laid out in a grid and written as one picture: PNG, and SVG on request (painted through
 * VectorGraphics2D, the library XChart itself writes SVG with, so a grid is one file too).
 *
 * @param name the file name without extension ({@code trace})
 * @param panels the charts, row by row, each of the size it was made with
 * @param columns panels per row
 */
public record Figure(String name, List<XYChart> panels, int columns) {
    public Figure {
        if (panels.isEmpty()) throw new IllegalArgumentException("a figure needs a chart");
        panels = List.copyOf(panels);
        columns = Math.min(columns, panels.size());
    }

    /** One chart. */
    public static Figure single(String name, XYChart chart) {
        return new Figure(name, List.of(chart), 1);
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    public int panelWidth() {
        return panels.get(0).getWidth();
    }

    public int panelHeight() {
        return panels.get(0).getHeight();
    }

    public int width() {
        return columns * panelWidth();
    }

    public int height() {
        return rows() * panelHeight();
    }

    /** Writes {@code name.png} (and {@code name.svg}) into {@code folder}; returns the file names. */
    public List<String> write(OutputFolder folder, boolean svg) {
        String png = name + ".png";
        folder.writeBytes(png, out -> ImageIO.write(image(), "png", out));
        if (!svg) return List.of(png);
        String vector = name + ".svg";
        folder.writeBytes(vector, out -> {
            VectorGraphics2D g = new VectorGraphics2D();
            paint(g);
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width(), height())).writeTo(out);
        });
        return List.of(png, vector);
    }

    /** The figure as an image. */
    public BufferedImage image() {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        AffineTransform base = g.getTransform();
        for (int k = 0; k < panels.size(); k++) {
            g.setTransform(base);
            g.translate((k % columns) * panelWidth(), (k / columns) * panelHeight());
            panels.get(k).paint(g, panelWidth(), panelHeight());
        }
        g.setTransform(base);
    }
}
