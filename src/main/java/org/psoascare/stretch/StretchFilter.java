package org.psoascare.stretch;

import java.util.function.Function;

import org.psoascare.content.Coded;
import org.psoascare.web.BadRequestException;

/**
 * The narrowing chosen on the stretches page; each part is optional. Built from request
 * parameters: an unknown value is a bad request, not an empty list.
 *
 * @param noEquipment only stretches that need nothing (the parameter
 * {@code equipment=none}); never true together with {@code equipment}
 */
public record StretchFilter(TargetArea target, StretchKind kind, Position position, Equipment equipment,
		boolean noEquipment) {

	/** The {@code equipment} parameter's value for stretches that need no equipment. */
	public static final String NO_EQUIPMENT = "none";

	public StretchFilter(TargetArea target, StretchKind kind, Position position, Equipment equipment) {
		this(target, kind, position, equipment, false);
	}

	static StretchFilter of(String target, String kind, String position, String equipment) {
		boolean none = NO_EQUIPMENT.equals(equipment);
		return new StretchFilter(parse(TargetArea.class, target), parse(StretchKind.class, kind),
				parse(Position.class, position), none ? null : parse(Equipment.class, equipment), none);
	}

	private static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
		if (code == null || code.isEmpty()) {
			return null;
		}
		return Coded.parse(type, code).orElseThrow(() -> new BadRequestException("filter"));
	}

	boolean isEmpty() {
		return this.target == null && this.kind == null && this.position == null && this.equipment == null
				&& !this.noEquipment;
	}

	boolean matches(StretchCard stretch) {
		return matches(this.target, stretch.targets()::contains) && matches(this.kind, stretch.kind()::equals)
				&& matches(this.position, stretch.position()::equals)
				&& matches(this.equipment, stretch.equipment()::contains)
				&& (!this.noEquipment || stretch.equipment().isEmpty());
	}

	private static <T> boolean matches(T wanted, Function<T, Boolean> has) {
		return wanted == null || has.apply(wanted);
	}

}
