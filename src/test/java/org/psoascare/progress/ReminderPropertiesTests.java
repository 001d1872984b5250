package org.psoascare.progress;

import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The reminder settings as Spring Boot binds them: defaults, and bad values refused. */
class ReminderPropertiesTests {

	private static ReminderProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("psoascare.reminders",
				ReminderProperties.class);
	}

	@Test
	void withNothingSetTheFormShowsEightInTheMorningInLondon() {
		ReminderDefaults defaults = new ReminderDefaults(bind(Map.of()));
		assertThat(defaults.time()).isEqualTo("08:00");
		assertThat(defaults.zone()).isEqualTo("Europe/London");
	}

	@Test
	void settingsAreShownAsHoursAndMinutes() {
		ReminderDefaults defaults = new ReminderDefaults(
				bind(Map.of("psoascare.reminders.time", "19:30", "psoascare.reminders.time-zone", "America/Chicago")));
		assertThat(defaults.time()).isEqualTo("19:30");
		assertThat(defaults.zone()).isEqualTo("America/Chicago");
	}

	@Test
	void aTimeThatIsNotATimeOfDayOrAZoneThatIsNotARegionStopsStartUp() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("psoascare.reminders.time", "25:00")));
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("psoascare.reminders.time-zone", "GMT+1")))
			.havingRootCause()
			.withMessageContaining("psoascare.reminders.time-zone must be a region");
		assertThatIllegalArgumentException().isThrownBy(() -> new ReminderProperties(LocalTime.NOON, "BST"));
	}

}
