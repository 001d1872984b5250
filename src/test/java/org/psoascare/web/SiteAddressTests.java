package org.psoascare.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The base URL ends up in every canonical link, so a bad one must stop start-up. */
class SiteAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://psoascare.org", "https://psoascare.org/", "http://localhost:8080",
			"https://example.org/self-care" })
	void acceptsAbsoluteHttpUrlsAndDropsATrailingSlash(String url) {
		SiteAddress address = new SiteAddress(url);
		assertThat(address.baseUrl()).doesNotEndWith("/");
		assertThat(address.url("/guides/psoas")).isEqualTo(address.baseUrl() + "/guides/psoas")
			.startsWith(url.replaceFirst("/$", ""));
	}

	@Test
	void defaultsToLocalhost() {
		assertThat(new SiteAddress(null).url("/")).isEqualTo("http://localhost:8080/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "psoascare.org", "/guides", "ftp://psoascare.org", "https://psoascare.org?x=1",
			"https://psoascare.org/#top", "javascript:alert(1)", "https://user@psoascare.org", "https:// bad host" })
	void refusesAnythingElse(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteAddress(url));
	}

	@Test
	void aPathMustStartWithASlash() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteAddress("https://a.org").url("guides"));
	}

}
