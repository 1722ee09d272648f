package com.jobboard.markdown;

import java.util.List;

/**
 * A description ready for its page: the sanitized HTML with an id on every heading, the
 * headings for a table of contents, and its length in words for a reading-time estimate.
 *
 * @param html safe HTML (from {@link MarkdownRenderer#toSafeHtml}) whose headings carry
 * generated {@code section-...} ids
 * @param headings the headings in document order
 * @param words how many words the text has
 */
public record Article(String html, List<Heading> headings, int words) {

	/**
	 * Words a person reads in a minute, for the estimate (200–230 is usual for screen
	 * reading).
	 */
	public static final int WORDS_PER_MINUTE = 220;

	/** Below this many words the reading time is not worth showing. */
	public static final int READING_TIME_FROM_WORDS = 200;

	/** A table of contents is offered from this many headings on. */
	public static final int TABLE_OF_CONTENTS_FROM_HEADINGS = 3;

	public static final Article EMPTY = new Article("", List.of(), 0);

	public Article {
		headings = List.copyOf(headings);
	}

	public boolean isEmpty() {
		return this.html.isEmpty();
	}

	/** Whole minutes to read the text, rounded up; at least one for any text. */
	public int readingMinutes() {
		return (this.words == 0) ? 0 : Math.max(1, (this.words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}

	/** Whether the text is long enough for a reading-time estimate to help. */
	public boolean showsReadingTime() {
		return this.words >= READING_TIME_FROM_WORDS;
	}

	/** Whether the text has enough headings for a table of contents. */
	public boolean hasTableOfContents() {
		return this.headings.size() >= TABLE_OF_CONTENTS_FROM_HEADINGS;
	}

	/**
	 * A heading of the text.
	 *
	 * @param id the generated id, always starting {@code section-}
	 * @param text the heading's plain text
	 * @param depth 1 for the text's top headings ({@code #}), 2 for the next level, and
	 * so on
	 */
	public record Heading(String id, String text, int depth) {
	}

}
