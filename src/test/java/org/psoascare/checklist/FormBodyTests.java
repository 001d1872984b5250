package org.psoascare.checklist;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** One broken pair never drops the pairs around it. */
class FormBodyTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			answer=saddle-numbness&answer=fever%G0     | saddle-numbness | 1
			answer=fever%G0&answer=saddle-numbness     | saddle-numbness | 1
			answer=saddle-numbness&%ZZ=1               | saddle-numbness | 1
			answer=saddle-numbness&age=4%              | saddle-numbness | 1
			answer=saddle%2Dnumbness                   | saddle-numbness | 0
			&&answer=saddle-numbness&&                 | saddle-numbness | 0
			answer=saddle-numbness&answer=%C3%28       | saddle-numbness | 0
			""")
	void keepsEveryPairThatCanBeRead(String body, String kept, int unreadable) {
		FormBody form = FormBody.parse(body);

		assertThat(form.fields().get("answer")).contains(kept);
		assertThat(form.unreadablePairs()).isEqualTo(unreadable);
	}

	@Test
	void readsRepeatedFieldsInOrderAndPlusAsASpace() {
		FormBody form = FormBody.parse("answer=a&age=45+years&answer=b&flag");

		assertThat(form.fields().get("answer")).containsExactly("a", "b");
		assertThat(form.fields().get("age")).containsExactly("45 years");
		assertThat(form.fields().get("flag")).containsExactly("");
	}

	@Test
	void decodesUtf8() {
		assertThat(FormBody.parse("age=%C3%A9").fields().get("age")).containsExactly("é");
	}

	@Test
	void refusesABodyOverTheLimit() throws Exception {
		byte[] body = "answer=x".repeat(10).getBytes(StandardCharsets.US_ASCII);

		assertThat(FormBody.read(new ByteArrayInputStream(body), body.length).fields()).containsKey("answer");
		assertThatExceptionOfType(FormBody.BodyTooLargeException.class)
			.isThrownBy(() -> FormBody.read(new ByteArrayInputStream(body), body.length - 1));
	}

}
