package com.jobboard.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws simple geometric PNG logos for the demo companies. Shapes only, no text, so that
 * it works on a headless machine without fonts.
 */
final class DemoLogos {

	private static final int SIZE = 192;

	private DemoLogos() {
	}

	static byte[] draw(String hexColor, String seed) throws IOException {
		Color base = Color.decode(hexColor);
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(base);
			g.fill(new RoundRectangle2D.Double(0, 0, SIZE, SIZE, 40, 40));
			g.setColor(new Color(255, 255, 255, 230));
			g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			int variant = Math.floorMod(seed.hashCode(), 3);
			if (variant == 0) {
				g.draw(new Ellipse2D.Double(48, 48, 96, 96));
				g.fill(new Ellipse2D.Double(84, 84, 24, 24));
			}
			else if (variant == 1) {
				g.drawLine(52, 140, 96, 52);
				g.drawLine(96, 52, 140, 140);
				g.drawLine(70, 108, 122, 108);
			}
			else {
				g.drawRect(52, 52, 88, 88);
				g.drawLine(52, 140, 140, 52);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}

}
