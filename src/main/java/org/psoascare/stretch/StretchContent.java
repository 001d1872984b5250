package org.psoascare.stretch;

import java.util.List;

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
		StretchDocument stretch = new StretchDocument(file, slug, fields.requireText("name"),
				fields.requireCode("kind", StretchKind.class), fields.requireCodeList("targets", TargetArea.class),
				fields.requireCode("position", Position.class), fields.codeList("equipment", Equipment.class),
				fields.requireText("summary"), fields.requireText("why"), fields.requireTextList("steps"),
				fields.requirePositive("holdSeconds"), fields.requirePositive("reps"),
				fields.requireCode("sides", Sides.class), fields.requireText("breathing"),
				fields.requireTextList("cautions"), fields.requireText("easier"), fields.requireText("harder"),
				fields.requireText("illustrationAlt"), fields.slugList("guides"));
		fields.finish();
		if (!this.resources.getResource(this.illustrations + slug + ".svg").exists()) {
			throw fields.error("slug", "has no illustration: add " + slug + ".svg to " + this.illustrations);
		}
		return stretch;
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
