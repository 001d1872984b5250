package org.psoascare.web;

import java.util.regex.Pattern;

/**
 * What a page shows again of a value someone typed (a form field sent back with its
 * error): control characters such as NUL or a line break are dropped, as search drops
 * them from the query it shows. Escaping stays the template's work.
 */
public final class EchoedText {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private EchoedText() {
	}

	/**
	 * @param typed the value as sent, or {@code null}
	 * @return the value without control characters; empty for {@code null}
	 */
	public static String shown(String typed) {
		return (typed != null) ? CONTROL.matcher(typed).replaceAll("") : "";
	}

}
