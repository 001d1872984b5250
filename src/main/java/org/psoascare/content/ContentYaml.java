package org.psoascare.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Binds the YAML of a content file to a record with Jackson, then checks the record's
 * Bean Validation constraints. Every problem, whether Jackson's (unknown field, wrong
 * type, bad date, invalid YAML) or a constraint's, becomes one {@link ContentException}
 * naming the file and the field as the author wrote it: {@code steps[1].holdSeconds},
 * counting from 1.
 * <p>
 * Binding is strict: an unknown field, a repeated key, text where a number belongs (or
 * the other way round) and a date that is not {@code YYYY-MM-DD} are all refused, not
 * coerced. Text is stripped of surrounding white space. Reading YAML constructs no
 * objects of its own (Jackson reads SnakeYAML Engine's events, never its object
 * constructor), and YAML's timestamps are not resolved, so {@code 2026-13-40} is text
 * that fails as a date rather than a date in a later year. A missing field is reported as
 * "is required", whatever constraint it failed; other messages come from the constraints,
 * with the defaults in {@code ContentMessages.properties}.
 */
public final class ContentYaml {

	private static final ObjectMapper MAPPER = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
		.withConfigOverride(List.class, (list) -> list.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
		.addModule(new SimpleModule("content").addDeserializer(String.class, new Text())
			.addDeserializer(Integer.class, new WholeNumber(false))
			.addDeserializer(Boolean.class, new Flag(null))
			.addDeserializer(boolean.class, new Flag(false))
			.addDeserializer(LocalDate.class, new Date()))
		.build();

	private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
		.configure()
		.messageInterpolator(new ResourceBundleMessageInterpolator(
				new PlatformResourceBundleLocator("org/psoascare/content/ContentMessages"), Set.of(Locale.ROOT),
				Locale.ROOT, (context) -> Locale.ROOT, false))
		.buildValidatorFactory()
		.getValidator();

	private ContentYaml() {
	}

	/**
	 * Reads the whole file as YAML.
	 * @throws ContentException naming the first field that breaks a rule
	 */
	public static <T> T read(ContentFile file, Class<T> type) {
		return read(file, file.text(), type);
	}

	/**
	 * Reads this YAML from the file, such as its front matter.
	 * @throws ContentException naming the first field that breaks a rule
	 */
	public static <T> T read(ContentFile file, String yaml, Class<T> type) {
		T value = bind(file, yaml, type);
		validate(file, value);
		return value;
	}

	/**
	 * Reads the whole text as YAML first, so a syntax error anywhere is reported as such
	 * rather than as a wrong value where it began, then binds the tree to the record.
	 */
	private static <T> T bind(ContentFile file, String yaml, Class<T> type) {
		JsonNode tree;
		try {
			tree = MAPPER.readTree(yaml);
		}
		catch (JacksonException ex) {
			throw file.error(null, "is not valid YAML (" + syntaxProblem(ex) + ")");
		}
		if (tree == null || !tree.isObject()) {
			throw file.error(null, "must hold a block of fields");
		}
		try {
			return MAPPER.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			throw file.error(field(ex), problem(ex));
		}
	}

	private static String syntaxProblem(JacksonException ex) {
		if (ex.getCause() instanceof MarkedYamlEngineException yaml && yaml.getProblemMark().isPresent()) {
			return yaml.getProblem() + " at line " + (yaml.getProblemMark().get().getLine() + 1);
		}
		return ex.getOriginalMessage() + ((ex.getLocation() != null) ? " at line " + ex.getLocation().getLineNr() : "");
	}

	/**
	 * The field as authors write it: names joined by dots, list items counted from 1. A
	 * code that is not known names its list, as a slug does.
	 */
	private static String field(JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		if (ex instanceof MismatchedInputException mismatch && isCoded(mismatch.getTargetType()) && !path.isEmpty()
				&& path.get(path.size() - 1).getPropertyName() == null) {
			path = path.subList(0, path.size() - 1);
		}
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex() + 1).append(']');
			}
		}
		return field.isEmpty() ? null : field.toString();
	}

	private static String problem(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "is not a known field" + nearestField(unknown);
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			Class<?> target = mismatch.getTargetType();
			if (isCoded(target)) {
				return (ex instanceof InvalidFormatException format && format.getValue() instanceof String code)
						? "unknown value '" + code + "'; expected one of: " + String.join(", ", codes(target))
						: Text.PROBLEM;
			}
			if (List.class.isAssignableFrom(target)) {
				return "must be a list";
			}
			if (target.isRecord()) {
				return "must be a block of fields";
			}
		}
		return ex.getOriginalMessage();
	}

	/**
	 * "; did you mean 'summary'?" for the known field of the same block nearest in
	 * Levenshtein distance to a misspelt one, when at least half of it matches; otherwise
	 * the block's known fields. Empty when Jackson names none.
	 */
	private static String nearestField(UnrecognizedPropertyException ex) {
		if (ex.getKnownPropertyIds() == null || ex.getKnownPropertyIds().isEmpty()) {
			return "";
		}
		List<String> known = ex.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
		LevenshteinDistance levenshtein = new LevenshteinDistance();
		String typed = ex.getPropertyName().toLowerCase(Locale.ROOT);
		String nearest = known.stream()
			.max(Comparator
				.comparingDouble((String name) -> levenshtein.getDistance(typed, name.toLowerCase(Locale.ROOT))))
			.orElseThrow();
		if (levenshtein.getDistance(typed, nearest.toLowerCase(Locale.ROOT)) >= NEAREST_FIELD_SIMILARITY) {
			return "; did you mean '" + nearest + "'?";
		}
		return "; the known fields here are: " + String.join(", ", known);
	}

	/**
	 * How alike a misspelt field and a known one must be to suggest it: Lucene's
	 * Levenshtein similarity, 1 minus the edits over the longer name's length.
	 */
	private static final float NEAREST_FIELD_SIMILARITY = 0.5f;

	private static boolean isCoded(Class<?> type) {
		return type != null && type.isEnum() && Coded.class.isAssignableFrom(type);
	}

	private static List<String> codes(Class<?> codedEnum) {
		return Arrays.stream(codedEnum.getEnumConstants()).map((value) -> ((Coded) value).code()).toList();
	}

	private static <T> void validate(ContentFile file, T value) {
		VALIDATOR.validate(value)
			.stream()
			.min(Comparator.comparing((ConstraintViolation<T> violation) -> field(violation))
				.thenComparing(ContentYaml::isNotPresence))
			.ifPresent((violation) -> {
				throw file.error(field(violation),
						(violation.getInvalidValue() == null) ? "is required" : violation.getMessage());
			});
	}

	/** Presence checks come first when one field breaks several constraints. */
	private static boolean isNotPresence(ConstraintViolation<?> violation) {
		Object constraint = violation.getConstraintDescriptor().getAnnotation();
		return !(constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty);
	}

	private static String field(ConstraintViolation<?> violation) {
		boolean slug = violation.getConstraintDescriptor().getAnnotation() instanceof Pattern;
		StringBuilder field = new StringBuilder();
		for (Path.Node node : violation.getPropertyPath()) {
			boolean item = node.getKind() == ElementKind.CONTAINER_ELEMENT;
			if (node.isInIterable() && node.getIndex() != null && !(item && slug)) {
				field.append('[').append(node.getIndex() + 1).append(']');
			}
			if (node.getName() != null && !item) {
				field.append(field.isEmpty() ? "" : ".").append(node.getName());
			}
		}
		return field.toString();
	}

	/** Text only, stripped: a number or a yes/no where text belongs is refused. */
	private static final class Text extends StdScalarDeserializer<String> {

		static final String PROBLEM = "must be text (put the value in quotes)";

		Text() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.reportInputMismatch(this, PROBLEM);
			}
			return parser.getString().strip();
		}

	}

	/** A whole number only, not text that looks like one, nor a fraction. */
	private static final class WholeNumber extends StdScalarDeserializer<Integer> {

		private final boolean positive;

		WholeNumber(boolean positive) {
			super(Integer.class);
			this.positive = positive;
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			boolean positive = property != null && property.getAnnotation(Positive.class) != null;
			return (positive == this.positive) ? this : new WholeNumber(positive);
		}

		@Override
		public Integer deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.getNumberType() != JsonParser.NumberType.INT) {
				return context.reportInputMismatch(this, "must be a %swhole number, not '%s'",
						this.positive ? "positive " : "", parser.getString());
			}
			return parser.getIntValue();
		}

	}

	/** {@code true} or {@code false} only; a {@code boolean} left out is false. */
	private static final class Flag extends StdScalarDeserializer<Boolean> {

		private final Boolean absent;

		Flag(Boolean absent) {
			super(Boolean.class);
			this.absent = absent;
		}

		@Override
		public Boolean getNullValue(DeserializationContext context) {
			return this.absent;
		}

		@Override
		public Boolean deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_TRUE) && !parser.hasToken(JsonToken.VALUE_FALSE)) {
				return context.reportInputMismatch(this, "must be true or false");
			}
			return parser.getBooleanValue();
		}

	}

	/** A date written {@code YYYY-MM-DD}, checked strictly (no 40th of a month). */
	private static final class Date extends StdScalarDeserializer<LocalDate> {

		Date() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.reportInputMismatch(this, Text.PROBLEM);
			}
			String text = parser.getString().strip();
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				return context.reportInputMismatch(this, "'%s' is not a date; write it as YYYY-MM-DD", text);
			}
		}

	}

}
