package org.psoascare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The emergency number, and the urgent line when one is set, are dialled by the result's
 * call links, so they must be diallable.
 */
class SitePropertiesTests {

	@ParameterizedTest
	@ValueSource(strings = { "999", "911", "112", "+4420" })
	void acceptsNumbersAPhoneCanDial(String number) {
		assertThat(new SiteProperties(number, "line", "111", null).emergencyNumber()).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "999 or 112", "call 999", "9", "javascript:x", "999\"" })
	void refusesAnythingElse(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties(number, "line", "111", null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "111", "+44111" })
	void acceptsAnUrgentLineAPhoneCanDial(String number) {
		assertThat(new SiteProperties("999", "line", number, null).urgentNumber()).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	void anUrgentLineMayBeLeftOut(String number) {
		assertThat(new SiteProperties("999", "line", number, null).urgentNumber()).isEmpty();
		assertThat(new SiteProperties("999", "line", null, null).urgentNumber()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "111 or GP", "call 111", "1", "javascript:x", "111\"" })
	void refusesAnUrgentLineThatCannotBeDialled(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties("999", "line", number, null));
	}

	/**
	 * The fuller line is part of the checklist result page, which is compiled once as a
	 * Mustache template: a tag in it would make every result fail, emergencies included,
	 * so start-up refuses it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "999 {{or}} 112", "call {{{", "999 }}" })
	void refusesAFullerLineHoldingATemplateTag(String line) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties("999", line, "111", null));
	}

}
