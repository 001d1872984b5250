package org.psoascare.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	private final ContentFile file = new ContentFile("guides/test.md", "");

	private Markdown.Rendered render(String text) {
		return this.markdown.render(this.file, "body", text);
	}

	@Test
	void rawHtmlIsEscapedSoNoScriptCanComeFromContent() {
		Markdown.Rendered rendered = render("Hello <script>alert(1)</script> and <b onclick=\"x()\">bold</b>\n\n"
				+ "<div><img src=x onerror=alert(1)></div>\n");

		assertThat(rendered.html()).doesNotContain("<script", "<b ", "<img", "<div")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;div&gt;");
	}

	@Test
	void sectionsHeadedByACareLevelBecomeCareCardsUpToTheNextSection() {
		Markdown.Rendered rendered = render("Intro.\n\n## Emergency: call now\n\n- a sign\n\n### More\n\nText.\n\n"
				+ "## Urgent: today\n\nSoon text.\n\n## Emergency plan\n\nNot a card.\n\n## Self-care: start here\n\nLast.\n");
		String html = rendered.html();

		assertThat(html).contains("<section class=\"care-card\" data-urgency=\"emergency\">",
				"<section class=\"care-card\" data-urgency=\"urgent\">",
				"<section class=\"care-card\" data-urgency=\"self-care\">");
		assertThat(html.indexOf("<h3")).as("a subsection stays in its card")
			.isBetween(html.indexOf("data-urgency=\"emergency\""), html.indexOf("data-urgency=\"urgent\""));
		assertThat(html.substring(html.indexOf("data-urgency=\"urgent\""), html.indexOf("Emergency plan")))
			.contains("</section>");
		assertThat(html.indexOf("Intro.")).isLessThan(html.indexOf("<section"));
		assertThat(rendered.contents()).extracting(Markdown.Section::title)
			.containsExactly("Emergency: call now", "Urgent: today", "Emergency plan", "Self-care: start here");
	}

	@Test
	void javascriptLinksAreNeutralised() {
		assertThat(render("[click](javascript:alert(1))").html()).doesNotContain("javascript:");
	}

	@Test
	void citationsBecomeLinksToTheirSourceAndAreCollected() {
		Markdown.Rendered rendered = render("One claim [1]. Two claims [2][3], not a citation [x].\n");

		assertThat(rendered.citations()).containsExactly(1, 2, 3);
		assertThat(rendered.html())
			.contains("<a href=\"#source-1\">[<span class=\"visually-hidden\">source </span>1]</a>")
			.contains("href=\"#source-3\"")
			.contains("[x]");
		assertThat(rendered.plainText()).isEqualTo("One claim . Two claims , not a citation [x].");
	}

	@Test
	void citationsInsideCodeAreLeftAlone() {
		Markdown.Rendered rendered = render("Write `[1]` to cite.\n");

		assertThat(rendered.citations()).isEmpty();
		assertThat(rendered.html()).contains("<code>[1]</code>");
	}

	@Test
	void headingsGetIdsAndSecondLevelOnesMakeTheContents() {
		Markdown.Rendered rendered = render("## What it does\n\ntext\n\n### Detail\n\n## What it does\n");

		assertThat(rendered.html()).contains("<h2 id=\"what-it-does\">", "<h3 id=\"detail\">",
				"<h2 id=\"what-it-does-1\">");
		assertThat(rendered.contents()).extracting(Markdown.Section::anchor)
			.containsExactly("what-it-does", "what-it-does-1");
	}

	@Test
	void plainTextJoinsLinesWithSpaces() {
		assertThat(render("first line\nsecond line\n\n- item\n").plainText()).isEqualTo("first line second line item");
	}

	@Test
	void imagesAreRefusedBecausePicturesNeverComeFromAUrl() {
		assertThatThrownBy(() -> render("![a tracker](https://example.org/pixel.gif)"))
			.isInstanceOfSatisfying(ContentException.class, (ex) -> {
				assertThat(ex.getFile()).isEqualTo("guides/test.md");
				assertThat(ex.getField()).isEqualTo("body");
			});
	}

	@Test
	void placeholdersAreFilledInAsEscapedText() {
		Placeholders values = Placeholders.of(java.util.Map.of("emergency-number", "112 <b>"));

		Markdown.Rendered rendered = this.markdown.render(this.file, "body",
				"Call {{emergency-number}} now [1].\n\n- **{{ emergency-number }}**\n", values);

		assertThat(rendered.html()).contains("Call 112 &lt;b&gt; now", "<strong>112 &lt;b&gt;</strong>")
			.doesNotContain("{{");
		assertThat(rendered.plainText()).isEqualTo("Call 112 <b> now . 112 <b>");
		assertThat(rendered.citations()).containsExactly(1);
	}

	@Test
	void anUnknownPlaceholderIsRefusedNamingTheKnownOnes() {
		Placeholders values = Placeholders.of(java.util.Map.of("emergency-number", "999"));

		assertThatThrownBy(() -> this.markdown.render(this.file, "body", "Call {{emergency-numbr}} now.", values))
			.isInstanceOfSatisfying(ContentException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("body");
				assertThat(ex.getMessage()).contains("{{emergency-numbr}}", "{{emergency-number}}");
			});
	}

	@Test
	void aBrokenPlaceholderIsRefused() {
		Placeholders values = Placeholders.of(java.util.Map.of("emergency-number", "999"));

		assertThatThrownBy(() -> this.markdown.render(this.file, "body", "Call {{emergency-number} now.", values))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("not a whole placeholder");
		assertThatThrownBy(() -> render("Call {{emergency-number}} now.")).isInstanceOf(ContentException.class)
			.hasMessageContaining("known placeholders: none");
	}

}
