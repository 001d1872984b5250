package org.psoascare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Accept-Encoding by RFC 9110: which values get gzip. */
class AcceptEncodingTests {

	@ParameterizedTest(name = "[{0}] gzip={1}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			NULL                          | false
			''                            | false
			gzip                          | true
			GZIP                          | true
			x-gzip                        | true
			'gzip, deflate, br'           | true
			'br, gzip;q=0.8'              | true
			gzip;q=0                      | false
			gzip;q=0.000                  | false
			gzip;Q=0                      | false
			'gzip ; q=0'                  | false
			gzip;q=0.001                  | true
			gzip;q=1                      | true
			gzip;q=1.000                  | true
			*                             | true
			*;q=0                         | false
			'gzip;q=0, *'                 | false
			'*, gzip;q=0'                 | false
			'*;q=0, gzip'                 | true
			'br, *;q=0.5'                 | true
			identity                      | false
			'identity, gzip'              | true
			'gzip;q=0.5, identity'        | false
			'gzip;q=0.5, identity;q=0.4'  | true
			'gzip;q=0.5, identity;q=0'    | true
			'gzip;q=0.5, *;q=0.9'         | false
			'br, deflate'                 | false
			gzipped                       | false
			ngzip                         | false
			gzip;q=2                      | false
			gzip;q=1.5                    | false
			gzip;q=0.1234                 | false
			gzip;q=abc                    | false
			gzip;q=                       | false
			gzip;level=9                  | false
			'gzip;q=abc, *'               | true
			',,gzip,,'                    | true
			""")
	void gzipOnlyWhenAcceptedAndPreferred(String header, boolean gzip) {
		assertThat(AcceptEncoding.gzip(header)).isEqualTo(gzip);
	}

}
