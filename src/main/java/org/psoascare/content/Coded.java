package org.psoascare.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of values written in content files by a short code, such as a topic. */
public interface Coded {

	String code();

	static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter((value) -> value.code().equals(code)).findFirst();
	}

	static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
	}

}
