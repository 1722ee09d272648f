package com.jobboard.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the hostile-input tests send. Every payload that could become live markup carries
 * the attribute {@value #MARKER}, so that an injected element is easy to find, and calls
 * {@code alert}, so that a script that runs opens a dialog.
 */
final class Payloads {

	/** The attribute every markup payload carries. */
	static final String MARKER = "data-pwned";

	/**
	 * Payloads that would run script or inject elements if they reached a page unescaped.
	 */
	static final List<String> MARKUP = List.of("<script data-pwned>alert(1)</script>",
			"<img src=x onerror=alert(1) data-pwned>", "<svg onload=alert(1) data-pwned><circle r=1></svg>",
			"\"><script data-pwned>alert(1)</script>", "'><img src=x onerror=alert(1) data-pwned>",
			"</textarea></title></style><img src=x onerror=alert(1) data-pwned>",
			"<a href=\"javascript:alert(1)\" data-pwned>click</a>",
			"<a href=\"jav&#x09;ascript:alert(1)\" data-pwned>click</a>",
			"<iframe src=\"javascript:alert(1)\" data-pwned></iframe>",
			"<div style=\"background:url(javascript:alert(1))\" data-pwned>x</div>",
			"<p style=\"width:expression(alert(1))\" data-pwned>x</p>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1) data-pwned>",
			"[click me](javascript:alert(1)) ![logo](javascript:alert(1)) [tab](jav&#x09;ascript:alert(1))",
			"<javascript:alert(1)> [x](JaVaScRiPt:alert(1) \"t\") [y]( javascript:alert(1))", "javascript:alert(1)",
			" JaVaScRiPt:alert(1)", "data:text/html,<script data-pwned>alert(1)</script>",
			"%3Cscript%20data-pwned%3Ealert(1)%3C%2Fscript%3E",
			"&lt;script data-pwned&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1) data-pwned&#62;",
			"[[${7*7}]] __${T(java.lang.Runtime).getRuntime()}__ ${7*7} #{7*7} *{7*7} {{7*7}}");

	/** SQL and full-text-search metacharacters. */
	static final List<String> QUERY_SYNTAX = List.of("' OR 1=1 --", "'; drop table companies; --", "&|!:*()<->'\"",
			"robot & !(bakery | cafe) <-> x:* \\ % _ ' \"", "\\'; select pg_sleep(5); --");

	/**
	 * Unicode that confuses text handling: direction marks, emoji, combining marks,
	 * control characters.
	 */
	static final List<String> UNICODE = List.of("\u202Egnp.exe\u202C admin \u200F\u200E", "😀👩‍💻🏳️‍🌈 ✓ 日本語 العربية",
			"Z\u0337\u0322\u031b\u031ba\u0336l\u0337g\u0338o\u0335 e\u0301\u0301\u0301", "nul\u0000byte",
			"bell\u0007esc\u001B[31mdel\u007F\u0001\u001F",
			"line\r\nSet-Cookie: pwned=1\r\nLocation: https://evil.example/", "lone surrogate \uD800 end");

	/** Longer than every limit. */
	static final String HUNDRED_KB = "<b data-pwned>" + "x".repeat(100_000) + "</b>";

	/** The payloads also sent in place of ids and slugs in addresses. */
	static final List<String> IN_PATHS = List.of(MARKUP.get(0), MARKUP.get(3), MARKUP.get(14), QUERY_SYNTAX.get(0),
			QUERY_SYNTAX.get(2), UNICODE.get(0), UNICODE.get(1), UNICODE.get(3), UNICODE.get(5), HUNDRED_KB);

	private Payloads() {
	}

	/** One payload of each kind: for addresses whose only answer is "sign in first". */
	static List<String> sample() {
		return List.of(MARKUP.get(3), QUERY_SYNTAX.get(1), UNICODE.get(3), UNICODE.get(5), HUNDRED_KB);
	}

	/** Every payload for text: markup, query syntax, Unicode and the 100 KB string. */
	static List<String> all() {
		List<String> all = new ArrayList<>(MARKUP);
		all.addAll(QUERY_SYNTAX);
		all.addAll(UNICODE);
		all.add(HUNDRED_KB);
		return Collections.unmodifiableList(all);
	}

	/**
	 * Values of the wrong type for a field that binds to {@code type}: letters for
	 * numbers, bad dates, unknown choices. Empty for text.
	 */
	static List<String> wrongTypes(Class<?> type) {
		if (isNumber(type)) {
			return List.of("abc", "1e999", "99999999999999999999999999999", "-1", "1.5", "0x1F", "NaN", " 12 ");
		}
		if (Temporal.class.isAssignableFrom(type) || java.util.Date.class.isAssignableFrom(type)) {
			return List.of("2020-13-45", "yesterday", "0000-00-00", "+999999999-12-31", "2024-02-30", "1.1.2020");
		}
		if (type.isEnum()) {
			return List.of("NOT_A_CHOICE", "active", "0", "' OR 1=1 --");
		}
		if (type == boolean.class || type == Boolean.class) {
			return List.of("maybe", "2", "yes please");
		}
		return List.of();
	}

	static boolean isNumber(Class<?> type) {
		return type.isPrimitive() && type != boolean.class && type != char.class || Number.class.isAssignableFrom(type)
				|| type == BigDecimal.class || type == BigInteger.class;
	}

}
