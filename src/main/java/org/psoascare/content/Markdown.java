package org.psoascare.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.springframework.stereotype.Component;

/**
 * Renders the Markdown body of a content file to safe HTML, once, at load time.
 * <ul>
 * <li>Raw HTML is escaped, so no markup or script can come from content; link URLs are
 * sanitised (no {@code javascript:}).</li>
 * <li>{@code [n]} becomes a link to source n, and the cited numbers are returned so the
 * caller can check them against its list of sources.</li>
 * <li>Headings get stable ids; second-level headings make the "on this page" list.</li>
 * <li>Images are refused: pictures come from the site itself, never from a URL.</li>
 * <li>{@code {{name}}} in text is replaced by the value of a {@link Placeholders} entry
 * (as text, so it is escaped like any other); an unknown name is an error.</li>
 * </ul>
 */
@Component
public class Markdown {

	private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");

	/** Heading starts that open a care card, and the card's level. */
	private static final Map<String, String> CARE_LEVELS = Map.of("Emergency:", "emergency", "Urgent:", "urgent",
			"Soon:", "soon", "Self-care:", "self-care");

	private final List<Extension> extensions = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(this.extensions).build();

	/** Renders Markdown that may use no placeholders. */
	public Rendered render(ContentFile file, String field, String markdown) {
		return render(file, field, markdown, Placeholders.none());
	}

	/**
	 * Renders Markdown, filling in {@code {{name}}} placeholders from the given values.
	 */
	public Rendered render(ContentFile file, String field, String markdown, Placeholders placeholders) {
		Node document = this.parser.parse(markdown);
		fillPlaceholders(document, file, field, placeholders);
		wrapCareCards(document);
		SortedSet<Integer> citations = linkCitations(document);
		Map<Node, String> headingIds = new IdentityHashMap<>();
		List<Section> contents = new ArrayList<>();
		StringBuilder plainText = new StringBuilder();
		IdGenerator ids = IdGenerator.builder().build();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				if (heading.getLevel() == 1) {
					throw file.error(field,
							"uses a '#' heading; start at '##' (the title is the page's only top heading)");
				}
				String text = textOf(heading);
				String id = ids.generateId(text);
				headingIds.put(heading, id);
				if (heading.getLevel() == 2) {
					contents.add(new Section(id, text));
				}
				visitChildren(heading);
			}

			@Override
			public void visit(Image image) {
				throw file.error(field, "contains an image; pictures are not allowed in Markdown");
			}

			@Override
			public void visit(Text text) {
				plainText.append(text.getLiteral());
			}

			@Override
			public void visit(Code code) {
				plainText.append(code.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak lineBreak) {
				plainText.append(' ');
			}

			@Override
			public void visit(HardLineBreak lineBreak) {
				plainText.append(' ');
			}

			@Override
			protected void visitChildren(Node parent) {
				super.visitChildren(parent);
				if (parent instanceof Block) {
					plainText.append('\n');
				}
			}
		});
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(this.extensions)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
				String id = headingIds.get(node);
				if (id != null) {
					attributes.put("id", id);
				}
			})
			.nodeRendererFactory(CitationRenderer::new)
			.nodeRendererFactory(CareCardRenderer::new)
			.build();
		return new Rendered(renderer.render(document), plainText.toString().replaceAll("\\s+", " ").strip(),
				List.copyOf(contents), citations);
	}

	/**
	 * Wraps each second-level section whose heading starts with a care level
	 * ("Emergency:", "Urgent:", "Soon:", "Self-care:") in a care card, in the style of
	 * the NHS care cards: the same colours and words as the checklist's result.
	 */
	private static void wrapCareCards(Node document) {
		Node node = document.getFirstChild();
		while (node != null) {
			Node next = node.getNext();
			String urgency = (node instanceof Heading heading && heading.getLevel() == 2) ? careLevel(textOf(heading))
					: null;
			if (urgency != null) {
				CareCard card = new CareCard(urgency);
				node.insertBefore(card);
				Node member = node;
				do {
					Node after = member.getNext();
					card.appendChild(member);
					member = after;
				}
				while (member != null && !(member instanceof Heading heading && heading.getLevel() <= 2));
				next = member;
			}
			node = next;
		}
	}

	private static String careLevel(String heading) {
		return CARE_LEVELS.entrySet()
			.stream()
			.filter((level) -> heading.startsWith(level.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static void fillPlaceholders(Node document, ContentFile file, String field, Placeholders placeholders) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				text.setLiteral(placeholders.fill(file, field, text.getLiteral()));
			}
		});
	}

	private static SortedSet<Integer> linkCitations(Node document) {
		List<Text> texts = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				texts.add(text);
			}
		});
		SortedSet<Integer> cited = new TreeSet<>();
		for (Text text : texts) {
			Matcher matcher = CITATION.matcher(text.getLiteral());
			int last = 0;
			boolean found = false;
			while (matcher.find()) {
				found = true;
				if (matcher.start() > last) {
					text.insertBefore(new Text(text.getLiteral().substring(last, matcher.start())));
				}
				int number = Integer.parseInt(matcher.group(1));
				cited.add(number);
				text.insertBefore(new Citation(number));
				last = matcher.end();
			}
			if (found) {
				if (last < text.getLiteral().length()) {
					text.insertBefore(new Text(text.getLiteral().substring(last)));
				}
				text.unlink();
			}
		}
		return cited;
	}

	private static String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString().strip();
	}

	/**
	 * The result of rendering.
	 *
	 * @param html safe HTML
	 * @param plainText the words alone, for search
	 * @param contents the second-level headings, for an "on this page" list
	 * @param citations the source numbers cited with {@code [n]}
	 */
	public record Rendered(String html, String plainText, List<Section> contents, SortedSet<Integer> citations) {
	}

	/** A second-level heading of the body with the id it was given. */
	public record Section(String anchor, String title) {
	}

	private static final class Citation extends CustomNode {

		private final int number;

		Citation(int number) {
			this.number = number;
		}

	}

	private static final class CareCard extends CustomBlock {

		private final String urgency;

		CareCard(String urgency) {
			this.urgency = urgency;
		}

	}

	private static final class CareCardRenderer implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		CareCardRenderer(HtmlNodeRendererContext context) {
			this.context = context;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(CareCard.class);
		}

		@Override
		public void render(Node node) {
			HtmlWriter html = this.context.getWriter();
			html.line();
			Map<String, String> attributes = new LinkedHashMap<>();
			attributes.put("class", "care-card");
			attributes.put("data-urgency", ((CareCard) node).urgency);
			html.tag("section", attributes);
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				this.context.render(child);
			}
			html.tag("/section");
			html.line();
		}

	}

	private static final class CitationRenderer implements NodeRenderer {

		private final HtmlWriter html;

		CitationRenderer(HtmlNodeRendererContext context) {
			this.html = context.getWriter();
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Citation.class);
		}

		@Override
		public void render(Node node) {
			int number = ((Citation) node).number;
			this.html.tag("sup", Map.of("class", "cite"));
			this.html.tag("a", Map.of("href", "#source-" + number));
			this.html.text("[");
			this.html.tag("span", Map.of("class", "visually-hidden"));
			this.html.text("source ");
			this.html.tag("/span");
			this.html.text(number + "]");
			this.html.tag("/a");
			this.html.tag("/sup");
		}

	}

}
