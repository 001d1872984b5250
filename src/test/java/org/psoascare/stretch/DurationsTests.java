package org.psoascare.stretch;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Durations read as people say them, with the site's own message file. */
class DurationsTests {

	private final Durations durations = new Durations(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@ParameterizedTest
	@CsvSource(delimiter = '=', textBlock = """
			0 = 0 seconds
			1 = 1 second
			30 = 30 seconds
			59 = 59 seconds
			60 = 1 minute
			89 = about 1 minute
			90 = about 2 minutes
			360 = 6 minutes
			368 = about 6 minutes
			721 = about 12 minutes
			""")
	void saysItAsPeopleDo(int seconds, String words) {
		assertThat(this.durations.say(seconds, Locale.ENGLISH)).isEqualTo(words);
	}

	@Test
	void aNegativeLengthIsAMistake() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.durations.say(-1, Locale.ENGLISH));
	}

}
