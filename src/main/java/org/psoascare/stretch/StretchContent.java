package org.psoascare.stretch;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentKinds;
import org.psoascare.content.ContentProperties;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.NoRepeats;
import org.psoascare.content.Slug;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * Stretches: YAML files in {@code content/stretches/}, each with its own SVG picture that
 * declares a start and an end pose ({@link StretchPicture}).
 */
@Configuration(proxyBeanMethods = false)
class StretchContent {

	/**
	 * The longest short cue, in characters, that still reads at a glance beside the
	 * timer.
	 */
	static final int CUE_LENGTH = 80;

	private final StretchRepository stretches;

	private final ResourceLoader resources = new DefaultResourceLoader();

	private final String illustrations;

	StretchContent(StretchRepository stretches, ContentProperties content) {
		this.stretches = stretches;
		this.illustrations = content.illustrations();
	}

	@Bean
	ContentType<StretchDocument> stretchType() {
		return ContentType
			.of(ContentKinds.STRETCHES, "yaml", this::parse,
					ContentSync.into(this.stretches, Stretch::new, Stretch::copy))
			.withReferences(StretchContent::checkReferences);
	}

	/** A stretch file. */
	record Fields(@Slug String slug, @NotBlank String name, @NotNull StretchKind kind,
			@NotEmpty @NoRepeats List<@NotNull TargetArea> targets, @NotNull Position position,
			@NoRepeats List<@NotNull Equipment> equipment, @NotBlank String summary, @NotBlank String why,
			@NotEmpty List<@NotBlank String> steps, @NotBlank String cue, @Positive Integer holdSeconds,
			@Positive Integer repSeconds, @NotNull @Positive Integer reps, @NotNull Sides sides,
			@NotBlank String breathing, @NotEmpty List<@NotBlank String> cautions,
			@NoRepeats List<@NotNull Movement> movements, @NotBlank String easier, @NotBlank String harder,
			@NotBlank String illustrationAlt, @NoRepeats List<@Slug String> guides) {
	}

	private StretchDocument parse(ContentFile file) {
		Fields fields = ContentYaml.read(file, Fields.class);
		if (fields.cue().length() > CUE_LENGTH) {
			throw file.error("cue", "is the key step in a few words, shown beside the timer: keep it to " + CUE_LENGTH
					+ " characters (it has " + fields.cue().length() + ")");
		}
		Integer holdSeconds = fields.holdSeconds();
		Integer repSeconds = fields.repSeconds();
		if ((holdSeconds == null) == (repSeconds == null)) {
			throw file.error("holdSeconds",
					(holdSeconds == null) ? "is required (or repSeconds, for a move with no hold such as a nerve glide)"
							: "and repSeconds cannot both be given: a move either holds or it does not");
		}
		if (repSeconds != null && fields.kind() == StretchKind.STRETCH) {
			throw file.error("repSeconds", "is for moves with no hold; a stretch of kind 'stretch' is held");
		}
		StretchDocument stretch = new StretchDocument(file, fields.slug(), fields.name(), fields.kind(),
				fields.targets(), fields.position(), fields.equipment(), fields.summary(), fields.why(), fields.steps(),
				fields.cue(), (holdSeconds != null) ? holdSeconds : repSeconds, holdSeconds != null, fields.reps(),
				fields.sides(), fields.breathing(), fields.cautions(), fields.movements(), fields.easier(),
				fields.harder(), fields.illustrationAlt(), fields.guides());
		checkCautions(file, stretch);
		Cautions.checkStrongestFirst(file, stretch.cautions());
		String picture = this.illustrations + stretch.slug() + ".svg";
		try {
			StretchPictures.read(this.resources.getResource(picture), stretch.slug());
		}
		catch (IllegalArgumentException ex) {
			throw file.error("slug", "has a picture (" + sourceFile(picture) + ") that " + ex.getMessage());
		}
		return stretch;
	}

	/**
	 * Where an author finds a picture: for a {@code classpath:} location, the project
	 * folder Maven copies it from ({@code src/main/resources/static/img/stretches/…}, or
	 * {@code src/test/resources/…} for a test's fixtures), not the build's copy; for a
	 * {@code file:} location, the path.
	 */
	static String sourceFile(String location) {
		if (location.startsWith("file:")) {
			return Path.of(URI.create(location)).toString();
		}
		if (!location.startsWith("classpath:")) {
			return location;
		}
		String path = location.substring("classpath:".length()).replaceFirst("^/", "");
		String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
		for (String root : SOURCE_ROOTS) {
			if (Files.isDirectory(Path.of(root, folder))) {
				return root + path;
			}
		}
		return SOURCE_ROOTS.get(0) + path;
	}

	/** Where Maven copies classpath resources from, main before test. */
	private static final List<String> SOURCE_ROOTS = List.of("src/main/resources/", "src/test/resources/");

	/**
	 * A stretch that declares a movement unsafe for some people must say so: each of the
	 * movement's caution words must appear in one of its cautions.
	 */
	private static void checkCautions(ContentFile file, StretchDocument stretch) {
		for (Movement movement : stretch.movements()) {
			for (String word : movement.cautionWords()) {
				boolean cautioned = stretch.cautions()
					.stream()
					.anyMatch((caution) -> caution.toLowerCase(Locale.ROOT).contains(word));
				if (!cautioned) {
					throw file.error("cautions", "needs a caution that mentions '" + word + "', because the stretch"
							+ " declares the movement '" + movement.code() + "'");
				}
			}
		}
	}

	private static void checkReferences(StretchDocument stretch, ContentIndex index) {
		index.requireAll(stretch, "guides", ContentKinds.GUIDES, stretch.guides());
	}

}
