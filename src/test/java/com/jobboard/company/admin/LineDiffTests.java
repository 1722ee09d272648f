package com.jobboard.company.admin;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

	@Test
	void equalTextsHaveNoDiff() {
		assertThat(LineDiff.between("a\nb", "a\nb")).isEmpty();
		assertThat(LineDiff.between("", "")).isEmpty();
	}

	@Test
	void changedLineIsRemovedThenAddedBetweenUnchangedOnes() {
		assertThat(render(LineDiff.between("a\nb\nc", "a\nB\nc"))).containsExactly(" a", "-b", "+B", " c");
	}

	@Test
	void insertionsAndDeletionsFollowTheLongestCommonSubsequence() {
		assertThat(render(LineDiff.between("x\na\nb\nc", "a\nc\nd"))).containsExactly("-x", " a", "-b", " c", "+d");
		assertThat(render(LineDiff.between("", "new"))).containsExactly("+new");
		assertThat(render(LineDiff.between("old", ""))).containsExactly("-old");
	}

	@Test
	void longUnchangedRunsAreFoldedAroundTheChange() {
		String before = IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).collect(Collectors.joining("\n"));
		String after = before.replace("\n10\n", "\nten\n");

		List<String> lines = render(LineDiff.between(before, after));

		assertThat(lines).containsExactly("…6", " 7", " 8", " 9", "-10", "+ten", " 11", " 12", " 13", "…7");
	}

	@Test
	void hugeDifferentTextsFallBackToRemovedAndAddedWithoutExhaustingMemory() {
		String before = IntStream.range(0, 50_000).mapToObj((i) -> "a" + i).collect(Collectors.joining("\n"));
		String after = IntStream.range(0, 50_000).mapToObj((i) -> "b" + i).collect(Collectors.joining("\n"));

		List<LineDiff.Line> lines = LineDiff.between(before, after);

		assertThat(lines).hasSize(100_000);
		assertThat(lines.get(0).isRemoved()).isTrue();
		assertThat(lines.get(99_999).isAdded()).isTrue();
	}

	private static List<String> render(List<LineDiff.Line> lines) {
		return lines.stream().map((line) -> switch (line.kind()) {
			case SAME -> " " + line.text();
			case ADDED -> "+" + line.text();
			case REMOVED -> "-" + line.text();
			case FOLDED -> "…" + line.foldedCount();
		}).toList();
	}

}
