package org.psoascare.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.psoascare.content.ContentFields;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.FrontMatter;
import org.psoascare.content.Markdown;
import org.psoascare.content.Placeholders;
import org.psoascare.content.SyncCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Guides: Markdown files with front matter in {@code content/guides/}. The body may write
 * {@code {{emergency-number}}}, filled in from the setting
 * {@code psoascare.site.emergency-number}, so no guide hard-codes one country's number.
 */
@Component
@Order(1)
public class GuideContent implements ContentType<GuideDocument> {

	public static final String FOLDER = "guides";

	private final Markdown markdown;

	private final GuideRepository guides;

	private final Placeholders placeholders;

	GuideContent(Markdown markdown, GuideRepository guides,
			@Value("${psoascare.site.emergency-number}") String emergencyNumber) {
		this.markdown = markdown;
		this.guides = guides;
		this.placeholders = Placeholders.of(Map.of("emergency-number", emergencyNumber));
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public String extension() {
		return "md";
	}

	@Override
	public GuideDocument parse(ContentFile file) {
		FrontMatter frontMatter = FrontMatter.read(file);
		ContentFields fields = frontMatter.fields();
		String slug = fields.requireSlug("slug");
		String title = fields.requireText("title");
		String summary = fields.requireText("summary");
		Topic topic = fields.requireCode("topic", Topic.class);
		LocalDate reviewed = fields.requireDate("reviewed");
		LocalDate nextReview = fields.requireDate("nextReview");
		if (nextReview.isBefore(reviewed)) {
			throw fields.error("nextReview", nextReview + " is before the reviewed date " + reviewed);
		}
		List<GuideSource> sources = fields.blockList("sources", (source) -> new GuideSource(source.requireText("title"),
				source.requireText("publisher"), source.requireUrl("url")));
		if (sources.isEmpty()) {
			throw fields.error("sources", "needs at least one source");
		}
		List<String> related = fields.slugList("related");
		if (related.contains(slug)) {
			throw fields.error("related", "a guide cannot be related to itself");
		}
		List<String> stretches = fields.slugList("stretches");
		List<String> routines = fields.slugList("routines");
		fields.finish();
		Markdown.Rendered body = this.markdown.render(file, "body", frontMatter.body(), this.placeholders);
		checkCitations(file, body, sources.size());
		return new GuideDocument(file, file.contentHash(this.placeholders.fingerprint()), slug, title, summary, topic,
				reviewed, nextReview, sources, related, stretches, routines, body);
	}

	private static void checkCitations(ContentFile file, Markdown.Rendered body, int sourceCount) {
		if (body.plainText().isBlank()) {
			throw file.error("body", "is empty");
		}
		if (body.citations().isEmpty()) {
			throw file.error("body", "cites no source; cite one with its number in brackets, e.g. [1]");
		}
		for (int number : body.citations()) {
			if (number < 1 || number > sourceCount) {
				throw file.error("body", "cites [" + number + "] but there are " + sourceCount + " sources");
			}
		}
		for (int number = 1; number <= sourceCount; number++) {
			if (!body.citations().contains(number)) {
				throw file.error("sources", "source " + number + " is never cited in the body");
			}
		}
	}

	@Override
	public void checkReferences(GuideDocument guide, ContentIndex index) {
		index.requireAll(guide, "related", FOLDER, guide.related());
		if (!guide.stretches().isEmpty()) {
			index.requireAll(guide, "stretches", "stretches", guide.stretches());
		}
		if (!guide.routines().isEmpty()) {
			index.requireAll(guide, "routines", "routines", guide.routines());
		}
	}

	@Override
	public SyncCounts store(List<GuideDocument> documents) {
		return ContentSync.sync(documents, this.guides, Guide::new, Guide::copy);
	}

}
