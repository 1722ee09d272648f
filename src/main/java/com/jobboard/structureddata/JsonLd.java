package com.jobboard.structureddata;

import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonpCharacterEscapes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes schema.org objects to JSON-LD that is safe to put inside
 * {@code <script type="application/ld+json">} unescaped: {@code <}, {@code >}, {@code &}
 * and {@code '} are written as {@code \u003C}-style escapes, so no text a company writes
 * (a {@code </script>}, an HTML comment) can end the script element or change how the
 * page parses. Line and paragraph separators are escaped too. The JSON stays equal when
 * parsed.
 */
public final class JsonLd {

	private static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder()
			.characterEscapes(new HtmlSafeEscapes())
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.build())
		.build();

	private JsonLd() {
	}

	/**
	 * The object as JSON-LD text for a script element.
	 * @param document a schema.org record (see the types in this package)
	 * @return JSON with every character that HTML could read as markup escaped
	 */
	public static String toScriptContent(Object document) {
		return MAPPER.writeValueAsString(document);
	}

	private static final class HtmlSafeEscapes extends CharacterEscapes {

		private static final int[] ASCII_ESCAPES = asciiEscapes();

		// U+2028 and U+2029 are escaped as JSONP does.
		private final CharacterEscapes separators = new JsonpCharacterEscapes();

		private static int[] asciiEscapes() {
			int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
			for (char markup : new char[] { '<', '>', '&', '\'' }) {
				escapes[markup] = CharacterEscapes.ESCAPE_STANDARD;
			}
			return escapes;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ASCII_ESCAPES;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return this.separators.getEscapeSequence(ch);
		}

	}

}
