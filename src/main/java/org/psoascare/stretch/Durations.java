package org.psoascare.stretch;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way the site writes a length of time, as people say it: "30 seconds", "6
 * minutes", "about 12 minutes". Templates use it as {@code ${durations.say(seconds)}}
 * (every model has it: {@link DurationsModel}).
 */
@Component
class Durations {

	private final MessageSource messages;

	Durations(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A length of time in words for the current request's locale.
	 * @param seconds the length in seconds, zero or more
	 * @return under a minute in seconds; whole minutes as they are; anything else rounded
	 * to the nearest minute and said to be "about" that
	 */
	public String say(int seconds) {
		return say(seconds, LocaleContextHolder.getLocale());
	}

	String say(int seconds, Locale locale) {
		if (seconds < 0) {
			throw new IllegalArgumentException("A duration cannot be negative: " + seconds);
		}
		if (seconds < 60) {
			return this.messages.getMessage("duration.seconds", new Object[] { seconds }, locale);
		}
		if (seconds % 60 == 0) {
			return this.messages.getMessage("duration.minutes", new Object[] { seconds / 60 }, locale);
		}
		return this.messages.getMessage("duration.aboutMinutes", new Object[] { (seconds + 30) / 60 }, locale);
	}

}
