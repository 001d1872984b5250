package org.psoascare.web;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers every response must carry, checked on a raw response. */
final class SecurityHeadersAssert {

	private SecurityHeadersAssert() {
	}

	/**
	 * @param what names the response in a failure
	 * @param headers the response's headers, names in lower case, repeated ones joined
	 */
	static void assertHeaders(String what, Map<String, String> headers) {
		SecurityHeaders.headers(false)
			.forEach((name, value) -> assertThat(headers.get(name.toLowerCase(java.util.Locale.ROOT)))
				.as(what + ": " + name)
				.isEqualTo(value));
		assertThat(headers).as(what + ": HSTS is off by default, and no cookie")
			.doesNotContainKey("strict-transport-security")
			.doesNotContainKey("set-cookie");
	}

}
