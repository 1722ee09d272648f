package com.jobboard.company.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts: the longest common subsequence of their lines, shown with a
 * few unchanged lines of context around each change. Texts too long to compare line by
 * line within {@link #MAX_CELLS} are shown as all old lines removed and all new lines
 * added.
 */
public final class LineDiff {

	/** Unchanged lines kept around each change; longer unchanged runs are folded. */
	static final int CONTEXT = 3;

	/**
	 * The largest comparison table (old lines × new lines, after the common start and end
	 * are cut off).
	 */
	static final long MAX_CELLS = 4_000_000;

	private LineDiff() {
	}

	/**
	 * The lines of the diff, with folded runs of unchanged lines; empty when the texts
	 * are equal.
	 */
	public static List<Line> between(String before, String after) {
		List<Line> all = full(lines(before), lines(after));
		if (all.stream().allMatch((line) -> line.kind() == Kind.SAME)) {
			return List.of();
		}
		return fold(all);
	}

	static List<Line> full(List<String> a, List<String> b) {
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		List<Line> result = new ArrayList<>();
		for (int i = 0; i < start; i++) {
			result.add(new Line(Kind.SAME, a.get(i), i + 1, i + 1, 0));
		}
		middle(a, b, start, endA, endB, result);
		for (int i = endA, j = endB; i < a.size(); i++, j++) {
			result.add(new Line(Kind.SAME, a.get(i), i + 1, j + 1, 0));
		}
		return result;
	}

	private static void middle(List<String> a, List<String> b, int start, int endA, int endB, List<Line> out) {
		int n = endA - start;
		int m = endB - start;
		if ((long) n * m > MAX_CELLS) {
			for (int i = start; i < endA; i++) {
				out.add(new Line(Kind.REMOVED, a.get(i), i + 1, null, 0));
			}
			for (int j = start; j < endB; j++) {
				out.add(new Line(Kind.ADDED, b.get(j), null, j + 1, 0));
			}
			return;
		}
		// lcs[i * w + j]: length of the longest common subsequence of a[start+i..] and
		// b[start+j..].
		int w = m + 1;
		int[] lcs = new int[(n + 1) * w];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i * w + j] = a.get(start + i).equals(b.get(start + j)) ? lcs[(i + 1) * w + j + 1] + 1
						: Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
				out.add(new Line(Kind.SAME, a.get(start + i), start + i + 1, start + j + 1, 0));
				i++;
				j++;
			}
			else if (i < n && (j == m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
				out.add(new Line(Kind.REMOVED, a.get(start + i), start + i + 1, null, 0));
				i++;
			}
			else {
				out.add(new Line(Kind.ADDED, b.get(start + j), null, start + j + 1, 0));
				j++;
			}
		}
	}

	private static List<Line> fold(List<Line> all) {
		boolean[] keep = new boolean[all.size()];
		for (int k = 0; k < all.size(); k++) {
			if (all.get(k).kind() != Kind.SAME) {
				for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
					keep[c] = true;
				}
			}
		}
		List<Line> folded = new ArrayList<>();
		int k = 0;
		while (k < all.size()) {
			if (keep[k]) {
				folded.add(all.get(k++));
				continue;
			}
			int from = k;
			while (k < all.size() && !keep[k]) {
				k++;
			}
			folded.add(new Line(Kind.FOLDED, "", null, null, k - from));
		}
		return folded;
	}

	static List<String> lines(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return List.of(text.replace("\r\n", "\n").split("\n", -1));
	}

	/** What happened to a line. */
	public enum Kind {

		SAME, ADDED, REMOVED, FOLDED

	}

	/**
	 * One line of the diff with its numbers in the old and new text ({@code null} where
	 * it is not in that text); a {@link Kind#FOLDED} line stands for {@code foldedCount}
	 * unchanged lines.
	 */
	public record Line(Kind kind, String text, Integer oldNumber, Integer newNumber, int foldedCount) {

		public boolean isAdded() {
			return this.kind == Kind.ADDED;
		}

		public boolean isRemoved() {
			return this.kind == Kind.REMOVED;
		}

		public boolean isFolded() {
			return this.kind == Kind.FOLDED;
		}

	}

}
