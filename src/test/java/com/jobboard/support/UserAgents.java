package com.jobboard.support;

/**
 * User agents for requests made in tests. A request without one, or with that of a script
 * or a headless browser, is a bot to the view counter, so tests that stand in for people
 * send a browser's.
 */
public final class UserAgents {

	/** Chrome on a Linux desktop. */
	public static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/140.0.0.0 Safari/537.36";

	/** Firefox on Windows: another person's browser. */
	public static final String OTHER_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:141.0) Gecko/20100101 "
			+ "Firefox/141.0";

	/** Google's crawler. */
	public static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

	private UserAgents() {
	}

}
