package uk.gov.inspectiongraph.ingest.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.inspectiongraph.ingest.read.PdfPage.Segment;
import uk.gov.inspectiongraph.ingest.read.PdfPage.Word;

/**
 * A page's tables from its ruling lines (lattice, as tabula's lattice mode and camelot read them): rules that
 * cross make one table; its horizontal rules give the rows and its vertical rules the columns; a cell whose
 * border is missing on one side spans into its neighbour. A table ruled only across (no vertical rules) takes its
 * columns from where its first row's words stand, the gaps between them (stream), and a word that crosses such a
 * column's edge spans the columns it covers.
 */
final class Lattice {

	/** Rules closer than this (points) are one. */
	static final double SAME = 1.5;

	/** A rule reaching within this many points of another meets it. */
	static final double MEETS = 2.5;

	/** Where rules give no columns, words closer than this (points) across every line are one column. */
	static final double COLUMN_GAP = 4;

	private Lattice() {
	}

	/**
	 * A cell: the grid rows and columns it covers, from {@code row} and {@code column}, its rectangle, and how far
	 * right its text may reach where no rule says so (NaN in a ruled table: its right edge less its padding).
	 */
	record Cell(int row, int column, int rows, int columns, double left, double top, double right, double bottom,
			double reach) {

		Cell(int row, int column, int rows, int columns, double left, double top, double right, double bottom) {
			this(row, column, rows, columns, left, top, right, bottom, Double.NaN);
		}

		boolean holds(Word w) {
			return w.middleX() >= this.left && w.middleX() < this.right && w.middleY() >= this.top
					&& w.middleY() < this.bottom;
		}

	}

	/** A table: the x of its column edges, the y of its row edges, and its cells. */
	record Grid(double[] xs, double[] ys, List<Cell> cells) {

		double top() {
			return this.ys[0];
		}

		double bottom() {
			return this.ys[this.ys.length - 1];
		}

		double left() {
			return this.xs[0];
		}

		double right() {
			return this.xs[this.xs.length - 1];
		}

		boolean holds(Word w) {
			return w.middleX() >= left() - MEETS && w.middleX() <= right() + MEETS && w.middleY() >= top()
					&& w.middleY() < bottom();
		}

		/** Whether another table has the same columns (a table continued on the next page). */
		boolean sameColumns(Grid other) {
			if (other.xs.length != this.xs.length) {
				return false;
			}
			for (int i = 0; i < this.xs.length; i++) {
				if (Math.abs(other.xs[i] - this.xs[i]) > MEETS) {
					return false;
				}
			}
			return true;
		}

	}

	/** The page's tables, top to bottom. */
	static List<Grid> grids(List<Segment> segments, List<Word> words) {
		List<Segment> horizontal = merged(segments.stream().filter(Segment::horizontal).toList());
		List<Segment> vertical = merged(segments.stream().filter(s -> !s.horizontal()).toList());
		int n = horizontal.size() + vertical.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		boolean[] crossed = new boolean[horizontal.size()];
		for (int h = 0; h < horizontal.size(); h++) {
			for (int v = 0; v < vertical.size(); v++) {
				if (crosses(horizontal.get(h), vertical.get(v))) {
					union(parent, h, horizontal.size() + v);
					crossed[h] = true;
				}
			}
		}
		// rules only across, crossed by none: one table of those of the same extent
		List<Integer> open = new ArrayList<>();
		for (int h = 0; h < horizontal.size(); h++) {
			if (!crossed[h]) {
				open.add(h);
			}
		}
		for (int a = 0; a < open.size(); a++) {
			for (int b = a + 1; b < open.size(); b++) {
				Segment x = horizontal.get(open.get(a));
				Segment y = horizontal.get(open.get(b));
				if (Math.abs(x.from() - y.from()) <= MEETS && Math.abs(x.to() - y.to()) <= MEETS) {
					union(parent, open.get(a), open.get(b));
					break;
				}
			}
		}
		Map<Integer, List<Segment>> across = new LinkedHashMap<>();
		Map<Integer, List<Segment>> down = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			int root = find(parent, i);
			if (i < horizontal.size()) {
				across.computeIfAbsent(root, k -> new ArrayList<>()).add(horizontal.get(i));
			}
			else {
				down.computeIfAbsent(root, k -> new ArrayList<>()).add(vertical.get(i - horizontal.size()));
			}
		}
		List<Grid> grids = new ArrayList<>();
		for (Map.Entry<Integer, List<Segment>> table : across.entrySet()) {
			if (table.getValue().size() >= 2) {
				Grid grid = grid(table.getValue(), down.getOrDefault(table.getKey(), List.of()), words);
				if (grid != null) {
					grids.add(grid);
				}
			}
		}
		grids.sort(Comparator.comparingDouble(Grid::top));
		return grids;
	}

	private static Grid grid(List<Segment> hs, List<Segment> vs, List<Word> words) {
		double[] ys = positions(hs);
		double left = hs.stream().mapToDouble(Segment::from).min().orElseThrow();
		double right = hs.stream().mapToDouble(Segment::to).max().orElseThrow();
		if (ys.length < 2 || right - left < 10) {
			return null;
		}
		boolean ruledColumns = vs.stream().filter(v -> v.at() > left + MEETS && v.at() < right - MEETS).count() > 0;
		if (ruledColumns) {
			double[] xs = positions(vs);
			if (xs[0] > left + MEETS) {
				xs = prepend(left, xs);
			}
			if (xs[xs.length - 1] < right - MEETS) {
				xs = append(xs, right);
			}
			return new Grid(xs, ys, ruledCells(xs, ys, hs, vs));
		}
		List<Word> inside = words.stream()
			.filter(w -> w.middleX() >= left && w.middleX() <= right && w.middleY() >= ys[0] && w.middleY() < ys[ys.length - 1])
			.toList();
		double[] xs = streamColumns(left, right, ys, inside);
		return new Grid(xs, ys, streamCells(xs, ys, inside));
	}

	/** Cells of a ruled table: neighbouring grid cells with no rule between them are one cell. */
	private static List<Cell> ruledCells(double[] xs, double[] ys, List<Segment> hs, List<Segment> vs) {
		int rows = ys.length - 1;
		int columns = xs.length - 1;
		int[] parent = new int[rows * columns];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int r = 0; r < rows; r++) {
			double middleY = (ys[r] + ys[r + 1]) / 2;
			for (int c = 0; c < columns; c++) {
				double middleX = (xs[c] + xs[c + 1]) / 2;
				if (c + 1 < columns && !ruled(vs, xs[c + 1], middleY)) {
					union(parent, r * columns + c, r * columns + c + 1);
				}
				if (r + 1 < rows && !ruled(hs, ys[r + 1], middleX)) {
					union(parent, r * columns + c, (r + 1) * columns + c);
				}
			}
		}
		Map<Integer, int[]> bounds = new LinkedHashMap<>();
		for (int j = 0; j < parent.length; j++) {
			int r = j / columns;
			int c = j % columns;
			int[] b = bounds.computeIfAbsent(find(parent, j), k -> new int[] { r, c, r, c });
			b[0] = Math.min(b[0], r);
			b[1] = Math.min(b[1], c);
			b[2] = Math.max(b[2], r);
			b[3] = Math.max(b[3], c);
		}
		List<Cell> cells = new ArrayList<>();
		for (int[] b : bounds.values()) {
			cells.add(new Cell(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1, xs[b[1]], ys[b[0]], xs[b[3] + 1], ys[b[2] + 1]));
		}
		cells.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
		return cells;
	}

	/**
	 * Column edges of a table without vertical rules: the gaps that no word of its first row crosses (the header),
	 * or of all its rows when the first holds one cell.
	 */
	private static double[] streamColumns(double left, double right, double[] ys, List<Word> inside) {
		List<Word> first = inside.stream().filter(w -> w.middleY() < ys[1]).toList();
		double[] xs = gaps(left, right, first);
		return xs.length > 2 ? xs : gaps(left, right, inside);
	}

	private static double[] gaps(double left, double right, List<Word> words) {
		List<Word> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingDouble(Word::x));
		List<Double> edges = new ArrayList<>();
		edges.add(left);
		double reach = Double.NaN;
		for (Word w : sorted) {
			if (!Double.isNaN(reach) && w.x() - reach > COLUMN_GAP) {
				// just before the column's text: a column's text starts at its left edge and padding, the one before
				// it may reach to its own right padding
				edges.add(w.x() - 1);
			}
			reach = Double.isNaN(reach) ? w.right() : Math.max(reach, w.right());
		}
		edges.add(right);
		return edges.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** Cells of a table without vertical rules: one per column, a word crossing a column edge spanning it. */
	private static List<Cell> streamCells(double[] xs, double[] ys, List<Word> inside) {
		List<Cell> cells = new ArrayList<>();
		int columns = xs.length - 1;
		// how far each column's text reaches: its widest line, as far as the text shows its right edge
		double[] reach = new double[columns];
		for (int c = 0; c < columns; c++) {
			reach[c] = xs[c + 1];
			double widest = Double.NaN;
			for (Word w : inside) {
				if (w.x() >= xs[c] && w.right() <= xs[c + 1] + MEETS) {
					widest = Double.isNaN(widest) ? w.right() : Math.max(widest, w.right());
				}
			}
			if (!Double.isNaN(widest)) {
				reach[c] = widest;
			}
		}
		for (int r = 0; r + 1 < ys.length; r++) {
			double top = ys[r];
			double bottom = ys[r + 1];
			boolean[] joined = new boolean[columns];
			for (Word w : inside) {
				if (w.middleY() < top || w.middleY() >= bottom) {
					continue;
				}
				for (int c = 1; c < columns; c++) {
					if (w.x() < xs[c] - MEETS && w.right() > xs[c] + MEETS) {
						joined[c] = true;
					}
				}
			}
			int start = 0;
			for (int c = 1; c <= columns; c++) {
				if (c == columns || !joined[c]) {
					cells.add(new Cell(r, start, 1, c - start, xs[start], top, xs[c], bottom, reach[c - 1]));
					start = c;
				}
			}
		}
		return cells;
	}

	/** Whether a rule runs along {@code at} through {@code through}. */
	private static boolean ruled(List<Segment> rules, double at, double through) {
		for (Segment s : rules) {
			if (Math.abs(s.at() - at) <= SAME + 0.5 && s.from() - MEETS <= through && through <= s.to() + MEETS) {
				return true;
			}
		}
		return false;
	}

	private static boolean crosses(Segment h, Segment v) {
		return v.at() >= h.from() - MEETS && v.at() <= h.to() + MEETS && h.at() >= v.from() - MEETS
				&& h.at() <= v.to() + MEETS;
	}

	/** Rules along one line that overlap or touch, as one rule each. */
	private static List<Segment> merged(List<Segment> segments) {
		List<Segment> sorted = new ArrayList<>(segments);
		sorted.sort(Comparator.comparingDouble(Segment::at).thenComparingDouble(Segment::from));
		List<Segment> out = new ArrayList<>();
		List<Segment> line = new ArrayList<>();
		for (Segment s : sorted) {
			if (!line.isEmpty() && s.at() - line.get(0).at() > SAME) {
				out.addAll(joined(line));
				line.clear();
			}
			line.add(s);
		}
		out.addAll(joined(line));
		return out.stream().filter(s -> s.length() > MEETS).toList();
	}

	private static List<Segment> joined(List<Segment> line) {
		List<Segment> byFrom = new ArrayList<>(line);
		byFrom.sort(Comparator.comparingDouble(Segment::from));
		List<Segment> out = new ArrayList<>();
		Segment current = null;
		for (Segment s : byFrom) {
			if (current != null && s.from() <= current.to() + MEETS) {
				current = new Segment(current.horizontal(), current.at(), current.from(), Math.max(current.to(), s.to()));
			}
			else {
				if (current != null) {
					out.add(current);
				}
				current = s;
			}
		}
		if (current != null) {
			out.add(current);
		}
		return out;
	}

	/** The distinct positions of rules along one axis, rules within {@link #SAME} of each other counted once. */
	private static double[] positions(List<Segment> rules) {
		List<Double> at = rules.stream().map(Segment::at).sorted().toList();
		List<Double> out = new ArrayList<>();
		for (double a : at) {
			if (out.isEmpty() || a - out.get(out.size() - 1) > SAME) {
				out.add(a);
			}
		}
		return out.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static double[] prepend(double value, double[] xs) {
		double[] out = new double[xs.length + 1];
		out[0] = value;
		System.arraycopy(xs, 0, out, 1, xs.length);
		return out;
	}

	private static double[] append(double[] xs, double value) {
		double[] out = Arrays.copyOf(xs, xs.length + 1);
		out[xs.length] = value;
		return out;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		parent[find(parent, a)] = find(parent, b);
	}

}
