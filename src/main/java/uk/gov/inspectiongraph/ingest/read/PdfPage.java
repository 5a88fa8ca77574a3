package uk.gov.inspectiongraph.ingest.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What one PDF page holds for reading a table: its words with their positions (PDFBox's {@code TextPosition}s)
 * and its ruling lines, from the page's graphics operators. A rule is a stroked line, a side of a stroked
 * rectangle, or a thin filled rectangle (producers draw cell borders all three ways). Coordinates are in points
 * from the page's top-left corner, as the text's are.
 */
record PdfPage(int number, double width, double height, List<Word> words, List<Segment> segments) {

	/** Letters further apart than this share of the font's size are two words. */
	static final double WORD_GAP = 0.2;

	/** A filled rectangle no thicker than this many points is a rule. */
	static final double RULE_THICKNESS = 2.5;

	/** A word: its text, where it starts and ends along the line, its baseline and its font's size. */
	record Word(String text, double x, double right, double y, double height) {

		/** The middle of the word's box: the point that says which cell holds it. */
		double middleY() {
			return this.y - this.height / 3;
		}

		double middleX() {
			return (this.x + this.right) / 2;
		}

	}

	/** A ruling line: horizontal at {@code at} from {@code from} to {@code to} along x, or vertical along y. */
	record Segment(boolean horizontal, double at, double from, double to) {

		double length() {
			return this.to - this.from;
		}

	}

	static PdfPage read(PDDocument pdf, int number) throws IOException {
		PDPage page = pdf.getPage(number - 1);
		PDRectangle box = page.getMediaBox();
		return new PdfPage(number, box.getWidth(), box.getHeight(), words(pdf, number), segments(page));
	}

	private static List<Word> words(PDDocument pdf, int page) throws IOException {
		List<Word> words = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				// the stripper's runs may hold spaces and cross cells: split them into words
				List<TextPosition> word = new ArrayList<>();
				for (TextPosition p : positions) {
					if (p.getUnicode().isBlank()) {
						add(word);
						continue;
					}
					if (!word.isEmpty()) {
						TextPosition last = word.get(word.size() - 1);
						double gap = p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
						if (gap > WORD_GAP * p.getFontSizeInPt() || gap < -p.getFontSizeInPt()) {
							add(word);
						}
					}
					word.add(p);
				}
				add(word);
			}

			private void add(List<TextPosition> word) {
				if (word.isEmpty()) {
					return;
				}
				StringBuilder text = new StringBuilder();
				word.forEach(p -> text.append(p.getUnicode()));
				TextPosition first = word.get(0);
				TextPosition last = word.get(word.size() - 1);
				double height = word.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(10);
				words.add(new Word(text.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
						first.getYDirAdj(), height));
				word.clear();
			}

		};
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(pdf);
		return words;
	}

	private static List<Segment> segments(PDPage page) throws IOException {
		List<Segment> segments = new ArrayList<>();
		PDRectangle box = page.getMediaBox();
		double top = box.getUpperRightY();
		double left = box.getLowerLeftX();
		PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {

			private Point2D current = new Point2D.Float();

			/** The path being built: each piece a line (two points), and the rectangles appended to it. */
			private final List<Point2D[]> lines = new ArrayList<>();

			private final List<Point2D[]> rectangles = new ArrayList<>();

			@Override
			public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
				this.rectangles.add(new Point2D[] { p0, p1, p2, p3 });
				this.current = p0;
			}

			@Override
			public void moveTo(float x, float y) {
				this.current = new Point2D.Float(x, y);
			}

			@Override
			public void lineTo(float x, float y) {
				Point2D to = new Point2D.Float(x, y);
				this.lines.add(new Point2D[] { this.current, to });
				this.current = to;
			}

			@Override
			public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
				this.current = new Point2D.Float(x3, y3);
			}

			@Override
			public Point2D getCurrentPoint() {
				return this.current;
			}

			@Override
			public void closePath() {
			}

			@Override
			public void endPath() {
				clear();
			}

			@Override
			public void strokePath() {
				for (Point2D[] line : this.lines) {
					add(line[0], line[1]);
				}
				for (Point2D[] r : this.rectangles) {
					for (int i = 0; i < 4; i++) {
						add(r[i], r[(i + 1) % 4]);
					}
				}
				clear();
			}

			@Override
			public void fillPath(int windingRule) {
				for (Point2D[] r : this.rectangles) {
					thin(r);
				}
				clear();
			}

			@Override
			public void fillAndStrokePath(int windingRule) {
				strokePath();
			}

			@Override
			public void drawImage(PDImage image) {
			}

			@Override
			public void clip(int windingRule) {
			}

			@Override
			public void shadingFill(COSName shadingName) {
			}

			private void clear() {
				this.lines.clear();
				this.rectangles.clear();
			}

			/** A filled rectangle thin enough to be a rule: its middle line. */
			private void thin(Point2D[] r) {
				double x1 = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
				double x2 = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
				double y1 = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
				double y2 = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
				if (y2 - y1 <= RULE_THICKNESS && x2 - x1 > y2 - y1) {
					double y = (y1 + y2) / 2;
					add(new Point2D.Double(x1, y), new Point2D.Double(x2, y));
				}
				else if (x2 - x1 <= RULE_THICKNESS && y2 - y1 > x2 - x1) {
					double x = (x1 + x2) / 2;
					add(new Point2D.Double(x, y1), new Point2D.Double(x, y2));
				}
			}

			/** A straight piece of a path, if it is horizontal or vertical, in the page's top-down coordinates. */
			private void add(Point2D a, Point2D b) {
				double ax = a.getX() - left;
				double bx = b.getX() - left;
				double ay = top - a.getY();
				double by = top - b.getY();
				if (Math.abs(ay - by) <= 1 && Math.abs(ax - bx) > 1) {
					segments.add(new Segment(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
				}
				else if (Math.abs(ax - bx) <= 1 && Math.abs(ay - by) > 1) {
					segments.add(new Segment(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
				}
			}

		};
		engine.processPage(page);
		return segments;
	}

}
