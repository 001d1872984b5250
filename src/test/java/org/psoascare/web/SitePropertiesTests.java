package org.psoascare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The emergency number is dialled by the result's call link, so it must be diallable. */
class SitePropertiesTests {

	@ParameterizedTest
	@ValueSource(strings = { "999", "911", "112", "+4420" })
	void acceptsNumbersAPhoneCanDial(String number) {
		assertThat(new SiteProperties(number, "line").emergencyNumber()).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "999 or 112", "call 999", "9", "javascript:x", "999\"" })
	void refusesAnythingElse(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties(number, "line"));
	}

}
