package com.jobboard.company;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile page rendered once, already encoded as UTF-8, with named gaps ({@link Slot})
 * where each view's count goes. Encoding a long page on every view would cost more than
 * everything else the view does.
 */
final class RenderedPage {

	/** Where the view count goes, and how it is written there. */
	enum Slot {

		/** The machine-readable value: {@code <data value="1234">}. */
		VIEWS_VALUE,

		/**
		 * The count as text in the page's language: 1,234 in English, 1.234 in German.
		 */
		VIEWS_TEXT;

		/** Random, so that no text a company writes can contain it. */
		final String marker = "slot-" + java.util.UUID.randomUUID().toString().replace("-", "");

	}

	private static final Pattern ANY_SLOT = Pattern
		.compile(Pattern.quote(Slot.VIEWS_VALUE.marker) + "|" + Pattern.quote(Slot.VIEWS_TEXT.marker));

	private final byte[][] parts;

	/** {@code slots[i]} is the gap after {@code parts[i]}. */
	private final Slot[] slots;

	private final int length;

	private final Locale locale;

	private final List<Long> openJobIds;

	private RenderedPage(byte[][] parts, Slot[] slots, Locale locale, List<Long> openJobIds) {
		this.parts = parts;
		this.slots = slots;
		this.locale = locale;
		this.openJobIds = openJobIds;
		int total = 0;
		for (byte[] part : parts) {
			total += part.length;
		}
		this.length = total;
	}

	/** Cuts rendered HTML at each slot's marker. */
	static RenderedPage of(String html, Locale locale, List<Long> openJobIds) {
		List<byte[]> parts = new ArrayList<>();
		List<Slot> slots = new ArrayList<>();
		Matcher matcher = ANY_SLOT.matcher(html);
		int from = 0;
		while (matcher.find()) {
			parts.add(html.substring(from, matcher.start()).getBytes(StandardCharsets.UTF_8));
			slots.add(Slot.VIEWS_VALUE.marker.equals(matcher.group()) ? Slot.VIEWS_VALUE : Slot.VIEWS_TEXT);
			from = matcher.end();
		}
		parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
		return new RenderedPage(parts.toArray(new byte[0][]), slots.toArray(new Slot[0]), locale,
				List.copyOf(openJobIds));
	}

	/** The page's bytes, without the counts. */
	int size() {
		return this.length;
	}

	/**
	 * Whether the page lists exactly these open jobs (a job may have expired since it was
	 * rendered).
	 */
	boolean lists(List<Long> currentOpenJobIds) {
		return this.openJobIds.equals(currentOpenJobIds);
	}

	/** The page with the view count filled in. */
	byte[] withViews(long views) {
		byte[] value = Long.toString(views).getBytes(StandardCharsets.US_ASCII);
		byte[] text = String.format(this.locale, "%,d", views).getBytes(StandardCharsets.UTF_8);
		int size = this.length;
		for (Slot slot : this.slots) {
			size += (slot == Slot.VIEWS_VALUE) ? value.length : text.length;
		}
		byte[] html = new byte[size];
		int at = 0;
		for (int i = 0; i < this.parts.length; i++) {
			System.arraycopy(this.parts[i], 0, html, at, this.parts[i].length);
			at += this.parts[i].length;
			if (i < this.slots.length) {
				byte[] count = (this.slots[i] == Slot.VIEWS_VALUE) ? value : text;
				System.arraycopy(count, 0, html, at, count.length);
				at += count.length;
			}
		}
		return html;
	}

}
