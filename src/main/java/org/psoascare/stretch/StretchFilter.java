package org.psoascare.stretch;

import java.util.function.Function;

import org.psoascare.content.Coded;
import org.psoascare.web.BadRequestException;

/**
 * The narrowing chosen on the stretches page; each part is optional. Built from request
 * parameters: an unknown value is a bad request, not an empty list.
 */
public record StretchFilter(TargetArea target, StretchKind kind, Position position, Equipment equipment) {

	static StretchFilter of(String target, String kind, String position, String equipment) {
		return new StretchFilter(parse(TargetArea.class, target), parse(StretchKind.class, kind),
				parse(Position.class, position), parse(Equipment.class, equipment));
	}

	private static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
		if (code == null || code.isEmpty()) {
			return null;
		}
		return Coded.parse(type, code).orElseThrow(() -> new BadRequestException("filter"));
	}

	boolean isEmpty() {
		return this.target == null && this.kind == null && this.position == null && this.equipment == null;
	}

	boolean matches(StretchCard stretch) {
		return matches(this.target, stretch.targets()::contains) && matches(this.kind, stretch.kind()::equals)
				&& matches(this.position, stretch.position()::equals)
				&& matches(this.equipment, stretch.equipment()::contains);
	}

	private static <T> boolean matches(T wanted, Function<T, Boolean> has) {
		return wanted == null || has.apply(wanted);
	}

}
