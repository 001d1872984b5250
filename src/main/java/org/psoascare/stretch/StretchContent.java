package org.psoascare.stretch;

import java.util.List;
import java.util.Locale;

import org.psoascare.content.ContentFields;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.SyncCounts;
import org.psoascare.guide.GuideContent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Stretches: YAML files in {@code content/stretches/}, each with its own SVG picture. */
@Component
@Order(2)
public class StretchContent implements ContentType<StretchDocument> {

	public static final String FOLDER = "stretches";

	/**
	 * The longest short cue, in characters, that still reads at a glance beside the
	 * timer.
	 */
	static final int CUE_LENGTH = 80;

	private final StretchRepository stretches;

	private final ResourceLoader resources = new DefaultResourceLoader();

	private final String illustrations;

	StretchContent(StretchRepository stretches,
			@Value("${psoascare.content.illustrations:classpath:static/img/stretches/}") String illustrations) {
		this.stretches = stretches;
		this.illustrations = illustrations.endsWith("/") ? illustrations : illustrations + "/";
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public String extension() {
		return "yaml";
	}

	@Override
	public StretchDocument parse(ContentFile file) {
		ContentFields fields = ContentYaml.read(file, file.text());
		String slug = fields.requireSlug("slug");
		String name = fields.requireText("name");
		StretchKind kind = fields.requireCode("kind", StretchKind.class);
		List<TargetArea> targets = fields.requireCodeList("targets", TargetArea.class);
		Position position = fields.requireCode("position", Position.class);
		List<Equipment> equipment = fields.codeList("equipment", Equipment.class);
		String summary = fields.requireText("summary");
		String why = fields.requireText("why");
		List<String> steps = fields.requireTextList("steps");
		String cue = fields.requireText("cue");
		if (cue.length() > CUE_LENGTH) {
			throw fields.error("cue", "is the key step in a few words, shown beside the timer: keep it to " + CUE_LENGTH
					+ " characters (it has " + cue.length() + ")");
		}
		Integer holdSeconds = fields.optionalPositive("holdSeconds");
		Integer repSeconds = fields.optionalPositive("repSeconds");
		if ((holdSeconds == null) == (repSeconds == null)) {
			throw fields.error("holdSeconds",
					(holdSeconds == null) ? "is required (or repSeconds, for a move with no hold such as a nerve glide)"
							: "and repSeconds cannot both be given: a move either holds or it does not");
		}
		if (repSeconds != null && kind == StretchKind.STRETCH) {
			throw fields.error("repSeconds", "is for moves with no hold; a stretch of kind 'stretch' is held");
		}
		StretchDocument stretch = new StretchDocument(file, slug, name, kind, targets, position, equipment, summary,
				why, steps, cue, (holdSeconds != null) ? holdSeconds : repSeconds, holdSeconds != null,
				fields.requirePositive("reps"), fields.requireCode("sides", Sides.class),
				fields.requireText("breathing"), fields.requireTextList("cautions"),
				fields.codeList("movements", Movement.class), fields.requireText("easier"),
				fields.requireText("harder"), fields.requireText("illustrationAlt"), fields.slugList("guides"));
		fields.finish();
		checkCautions(fields, stretch);
		Cautions.checkStrongestFirst(fields, stretch.cautions());
		if (!this.resources.getResource(this.illustrations + slug + ".svg").exists()) {
			throw fields.error("slug", "has no illustration: add " + slug + ".svg to " + this.illustrations);
		}
		return stretch;
	}

	/**
	 * A stretch that declares a movement unsafe for some people must say so: each of the
	 * movement's caution words must appear in one of its cautions.
	 */
	private static void checkCautions(ContentFields fields, StretchDocument stretch) {
		for (Movement movement : stretch.movements()) {
			for (String word : movement.cautionWords()) {
				boolean cautioned = stretch.cautions()
					.stream()
					.anyMatch((caution) -> caution.toLowerCase(Locale.ROOT).contains(word));
				if (!cautioned) {
					throw fields.error("cautions", "needs a caution that mentions '" + word + "', because the stretch"
							+ " declares the movement '" + movement.code() + "'");
				}
			}
		}
	}

	@Override
	public void checkReferences(StretchDocument stretch, ContentIndex index) {
		index.requireAll(stretch, "guides", GuideContent.FOLDER, stretch.guides());
	}

	@Override
	public SyncCounts store(List<StretchDocument> documents) {
		return ContentSync.sync(documents, this.stretches, Stretch::new, Stretch::copy);
	}

}
