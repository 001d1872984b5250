package org.psoascare.stretch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every stretch has its own small, self-contained, labelled SVG that declares a start and
 * an end pose, and the site makes a moving picture from them.
 */
class IllustrationTests {

	private static final Path PICTURES = Path.of("src/main/resources/static/img/stretches");

	private static final Path STRETCHES = Path.of("src/main/resources/content/stretches");

	@Test
	void everyStretchHasASmallSelfContainedLabelledSvg() throws Exception {
		List<String> slugs = names(STRETCHES, ".yaml");
		assertThat(slugs).isNotEmpty().hasSize(RealContent.stretches());
		assertThat(names(PICTURES, ".svg")).containsExactlyInAnyOrderElementsOf(slugs);

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		for (String slug : slugs) {
			Path file = PICTURES.resolve(slug + ".svg");
			String text = Files.readString(file).replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
			assertThat(Files.size(file)).as(slug).isLessThan(5 * 1024);
			assertThat(text).as(slug)
				.doesNotContain("http://", "https://", "<script", "<image", "xlink:href", "@import", "<text");
			Element svg = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
			assertThat(svg.getAttribute("role")).as(slug).isEqualTo("img");
			assertThat(svg.getAttribute("viewBox")).as(slug).isEqualTo("0 0 320 200");
			Element title = (Element) svg.getElementsByTagName("title").item(0);
			assertThat(title).as(slug).isNotNull();
			assertThat(title.getAttribute("id")).isEqualTo(svg.getAttribute("aria-labelledby"));
		}
	}

	@Test
	void everyStretchPictureDeclaresBothPosesAndSaysWhatMoves() throws Exception {
		for (String slug : names(STRETCHES, ".yaml")) {
			StretchPicture picture = read(Files.readString(PICTURES.resolve(slug + ".svg")));
			assertThat(picture.description()).as(slug).isNotBlank();
			String moving = picture.moving(StretchPicture.Timing.of(30, true, Sides.EACH), "label",
					List.of("Right side", "Left side"));
			assertThat(moving).as(slug)
				.startsWith("<svg ")
				.contains("class=\"moving-picture\"", "<animate", "aria-label=\"label\"", "Left side")
				.doesNotContain(" id=\"", "<script", "style=", "data-rep-seconds");
		}
	}

	@Test
	void aPictureWithoutAnEndPoseIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(svg("<g id=\"pose-start\" display=\"none\"><path d=\"M0 0L10 10\"/></g>")))
			.withMessageContaining("needs both poses: add <g id=\"pose-end\">");
	}

	@Test
	void aPictureWithoutAStartPoseIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(svg("<g id=\"pose-end\"><path d=\"M0 0L10 10\"/></g>")))
			.withMessageContaining("needs both poses: add <g id=\"pose-start\">");
	}

	@Test
	void posesDrawnWithDifferentShapesAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(svg(START + "<g id=\"pose-end\"><path d=\"M0 0L10 10L20 0\"/></g>")))
			.withMessageContaining("needs the same path commands in both poses");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(svg(START + "<g id=\"pose-end\"><circle cx=\"5\" cy=\"5\" r=\"2\"/></g>")))
			.withMessageContaining("different shapes");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> read(svg(START + "<g id=\"pose-end\"><path d=\"M0 0L10 20\"/><path d=\"M0 0L10 10\"/></g>")))
			.withMessageContaining("1 shapes in pose-start, 2 in pose-end");
	}

	@Test
	void aVisibleStartPoseTwoEqualPosesOrNoDescriptionAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(svg("<g id=\"pose-start\"><path d=\"M0 0L10 10\"/></g>" + END)))
			.withMessageContaining("display=\"none\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(svg(START + "<g id=\"pose-end\"><path d=\"M0 0L10 10\"/></g>")))
			.withMessageContaining("nothing would move");
		assertThatIllegalArgumentException().isThrownBy(() -> read(svg(START + END).replace("<desc>Moves.</desc>", "")))
			.withMessageContaining("needs a <desc>");
	}

	@Test
	void aHeldStretchEasesInHoldsAndEasesBackOnEachSideInTurn() throws Exception {
		StretchPicture.Timing timing = StretchPicture.Timing.of(30, true, Sides.EACH);
		// Rest 1 s, ease in 3 s, hold 30 s, ease back 3 s, rest 1 s: 38 s a side; the
		// movement repeats every 38 s and the picture turns for the left side every 38 s.
		assertThat(timing.cycleSeconds()).isEqualTo(76);
		String moving = read(svg(START + END)).moving(timing, "label", List.of("Right side", "Left side"));
		String from = "M0 0L10 10";
		String to = "M0 0L10 20";
		String side = String.join(";", from, from, to, to, from, from);
		assertThat(moving).contains("values=\"" + side + "\"", "dur=\"38s\"",
				"dur=\"76s\" keyTimes=\"0;0.5\" repeatCount=\"indefinite\" type=\"scale\" values=\"1 1;-1 1\"");
	}

	@Test
	void aGlideMovesOutAndBackWithNoHoldAtTheStretchsPace() {
		StretchPicture.Timing glide = StretchPicture.Timing.of(6, false, Sides.BOTH);
		assertThat(glide.holdSeconds()).isZero();
		assertThat(glide.cycleSeconds()).isEqualTo(6);
	}

	private static final String START = "<g id=\"pose-start\" display=\"none\"><path d=\"M0 0L10 10\"/></g>";

	private static final String END = "<g id=\"pose-end\"><path d=\"M0 0L10 20\"/></g>";

	private static StretchPicture read(String svg) throws IOException {
		return StretchPicture.read(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static String svg(String poses) {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 200\"><desc>Moves.</desc><g>" + poses
				+ "</g></svg>";
	}

	private static List<String> names(Path dir, String extension) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(extension))
				.map((name) -> name.substring(0, name.length() - extension.length()))
				.toList();
		}
	}

}
