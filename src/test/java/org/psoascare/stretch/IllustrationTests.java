package org.psoascare.stretch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stretch has its own small, self-contained, labelled SVG. */
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

	private static List<String> names(Path dir, String extension) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(extension))
				.map((name) -> name.substring(0, name.length() - extension.length()))
				.toList();
		}
	}

}
