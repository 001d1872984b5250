package org.psoascare.stretch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One stretch's SVG picture with its two poses, and the moving version of it that the
 * stretch and routine pages show inline.
 *
 * <p>
 * A picture declares its poses as two groups, {@code <g id="pose-start">} (hidden with
 * {@code display="none"}) and {@code <g id="pose-end">}, drawn with the same shapes in
 * the same order: the same element names, and paths with the same commands, so each shape
 * can move from one pose to the other. Everything outside the two groups (the floor, a
 * chair, a wall) stays still. Arrows, and any faint lines showing where the movement
 * starts, go in groups with {@code class="still-only"}: the still picture shows them, the
 * moving one leaves them out. A {@code <desc>} says in plain words what moves. Used as a
 * file ({@code <img>}: cards, lists, print) the picture shows the end pose with its
 * arrows, still.
 *
 * <p>
 * The moving version is made with SVG's own animation elements (SMIL {@code <animate>}),
 * so it needs no script and no inline style, which the site's Content-Security-Policy
 * forbids. It holds two copies of the scene: one moving, and the still end pose with
 * arrows (hidden by a {@code display} attribute). The site's stylesheet swaps them when
 * the reader asks for reduced motion, stops the pictures with the page's control, or
 * prints.
 */
final class StretchPicture {

	/** Seconds to ease into the end pose of a held stretch, and out again. */
	static final double EASE_SECONDS = 3;

	/** Seconds at the start pose between two holds (half before, half after). */
	static final double REST_SECONDS = 2;

	/** Seconds of the fade out and in when the picture turns to show the other side. */
	static final double TURN_SECONDS = 0.5;

	/** Reps of a glide shown on one side before the picture turns to the other. */
	static final int GLIDE_REPS_PER_SIDE = 2;

	private static final String SVG = "http://www.w3.org/2000/svg";

	private static final String EASE = "0.42 0 0.58 1";

	private static final String STEADY = "0 0 1 1";

	private static final Pattern TRANSFORM = Pattern.compile("\\s*([a-z]+)\\(([^)]*)\\)\\s*");

	private static final Pattern PATH_COMMANDS = Pattern.compile("[A-Za-z]");

	private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

	private final Document document;

	private final Element start;

	private final Element end;

	private final String description;

	private final int repSeconds;

	private StretchPicture(Document document, Element start, Element end, String description, int repSeconds) {
		this.document = document;
		this.start = start;
		this.end = end;
		this.description = description;
		this.repSeconds = repSeconds;
	}

	/**
	 * Reads a picture and checks that it declares both poses.
	 * @param svg the SVG file's bytes
	 * @return the picture
	 * @throws IllegalArgumentException saying what is wrong, when the file is not SVG,
	 * lacks a pose or a description, or its two poses are not drawn with the same shapes
	 */
	static StretchPicture read(InputStream svg) throws IOException {
		Document document = parse(svg);
		Element root = document.getDocumentElement();
		if (!"svg".equals(root.getLocalName()) || !SVG.equals(root.getNamespaceURI())) {
			throw new IllegalArgumentException("is not an SVG file");
		}
		Element start = require(root, "pose-start");
		Element end = require(root, "pose-end");
		if (!"none".equals(start.getAttribute("display"))) {
			throw new IllegalArgumentException(
					"must hide its start pose on the still picture: give <g id=\"pose-start\"> display=\"none\"");
		}
		if (!end.getAttribute("display").isEmpty()) {
			throw new IllegalArgumentException("must show its end pose: <g id=\"pose-end\"> has a display attribute");
		}
		if (start.getParentNode() != end.getParentNode()) {
			throw new IllegalArgumentException("must keep pose-start and pose-end side by side in the same group");
		}
		if (root.getElementsByTagNameNS(SVG, "animate").getLength() > 0
				|| root.getElementsByTagNameNS(SVG, "animateTransform").getLength() > 0) {
			throw new IllegalArgumentException("must not animate itself: the site makes the moving version");
		}
		sameShapes(start, end, "pose-end");
		if (!differs(start, end)) {
			throw new IllegalArgumentException("has the same start and end pose: nothing would move");
		}
		Element desc = firstChild(root, "desc");
		String description = (desc != null) ? desc.getTextContent().strip().replaceAll("\\s+", " ") : "";
		if (description.isEmpty()) {
			throw new IllegalArgumentException("needs a <desc> saying in plain words what moves");
		}
		String rep = root.getAttribute("data-rep-seconds");
		if (!rep.isEmpty() && !rep.matches("[1-9][0-9]?")) {
			throw new IllegalArgumentException("gives data-rep-seconds '" + rep + "': seconds of one rep, 1 to 99");
		}
		return new StretchPicture(document, start, end, description, rep.isEmpty() ? 0 : Integer.parseInt(rep));
	}

	/**
	 * The timing of this picture for a stretch or a step: as the stretch's steps
	 * describe, unless the picture gives {@code data-rep-seconds} on its root, for moves
	 * such as rolling that go back and forth for the whole hold.
	 * @param holdSeconds seconds of one hold, or of one slow rep when not held
	 * @param holds whether the move is held
	 * @param sides right then left, or both at once
	 */
	Timing timing(int holdSeconds, boolean holds, Sides sides) {
		if (this.repSeconds > 0 && holds) {
			boolean each = sides == Sides.EACH;
			int reps = Math.max(1, Math.round(holdSeconds / (float) this.repSeconds));
			return new Timing(0, this.repSeconds / 2.0, REST_SECONDS, reps, each);
		}
		return Timing.of(holdSeconds, holds, sides);
	}

	/** What moves, in plain words, from the picture's {@code <desc>}. */
	String description() {
		return this.description;
	}

	/**
	 * The moving picture, as SVG markup to place in an HTML page.
	 * @param timing how long each part of the movement takes
	 * @param label the accessible name: what the picture shows and what moves
	 * @param sideLabels the words shown on the picture for the right and the left side,
	 * used when the timing is for each side
	 * @return markup with no ids (so one picture may appear twice on a page) and no
	 * script or style; a picture that shows each side gives the seconds at which the left
	 * side starts in {@code data-side-seconds} on its root, for the routine player, which
	 * restarts the picture at that side's start when a hold on the left begins
	 */
	String moving(Timing timing, String label, List<String> sideLabels) {
		Document copy = (Document) this.document.cloneNode(true);
		Element root = copy.getDocumentElement();
		Element end = byId(root, "pose-end");
		Element scene = end;
		while (scene.getParentNode() != root) {
			scene = (Element) scene.getParentNode();
		}
		Element still = (Element) scene.cloneNode(true);
		Element stillStart = byId(still, "pose-start");
		stillStart.getParentNode().removeChild(stillStart);

		Element start = byId(root, "pose-start");
		start.getParentNode().removeChild(start);
		for (Element stillOnly : stillOnly(scene, new ArrayList<>())) {
			stillOnly.getParentNode().removeChild(stillOnly);
		}
		animate(copy, this.start, end, timing);

		Element moving = copy.createElementNS(SVG, "g");
		moving.setAttribute("class", "moving");
		Element stillGroup = copy.createElementNS(SVG, "g");
		stillGroup.setAttribute("class", "still");
		stillGroup.setAttribute("display", "none");
		root.replaceChild(moving, scene);
		root.insertBefore(stillGroup, moving.getNextSibling());
		stillGroup.appendChild(still);
		if (timing.eachSide()) {
			moving.appendChild(turning(copy, scene, timing, viewBoxCentre(root)));
			double width = 2 * viewBoxCentre(root);
			moving.appendChild(sideLabel(copy, sideLabels.get(0), timing, true, width));
			moving.appendChild(sideLabel(copy, sideLabels.get(1), timing, false, width));
		}
		else {
			moving.appendChild(scene);
		}
		for (String name : List.of("title", "desc")) {
			Element element = firstChild(root, name);
			if (element != null) {
				root.removeChild(element);
			}
		}
		stripIds(root);
		root.removeAttribute("aria-labelledby");
		root.removeAttribute("data-rep-seconds");
		root.setAttribute("role", "img");
		root.setAttribute("aria-label", label);
		root.setAttribute("class", "moving-picture");
		root.setAttribute("focusable", "false");
		if (timing.eachSide()) {
			root.setAttribute("data-side-seconds", number(timing.sideSeconds()));
		}
		StringBuilder out = new StringBuilder(4096);
		write(root, out);
		return out.toString();
	}

	/**
	 * How long each part of the movement takes, in seconds.
	 *
	 * @param holdSeconds seconds at the end pose; 0 for a glide
	 * @param easeSeconds seconds from start pose to end pose (and back)
	 * @param restSeconds seconds at the start pose after each rep
	 * @param reps reps shown before the picture repeats or turns
	 * @param eachSide whether the picture shows the right side, then turns to show the
	 * left
	 */
	record Timing(double holdSeconds, double easeSeconds, double restSeconds, int reps, boolean eachSide) {

		/**
		 * The timing the stretch's steps describe: a held stretch eases in, holds for its
		 * hold and eases back; a glide moves out and back in one slow rep with no hold.
		 * @param holdSeconds seconds of one hold, or of one slow rep when not held
		 * @param holds whether the move is held
		 * @param sides right then left, or both at once
		 */
		static Timing of(int holdSeconds, boolean holds, Sides sides) {
			boolean each = sides == Sides.EACH;
			if (holds) {
				return new Timing(holdSeconds, EASE_SECONDS, REST_SECONDS, 1, each);
			}
			return new Timing(0, holdSeconds / 2.0, each ? REST_SECONDS : 0, each ? GLIDE_REPS_PER_SIDE : 1, each);
		}

		/** Seconds of one side: reps of ease in, hold, ease back, then the rest. */
		double sideSeconds() {
			return this.reps * (2 * this.easeSeconds + this.holdSeconds) + this.restSeconds;
		}

		/** Seconds before the whole movement repeats. */
		double cycleSeconds() {
			return sideSeconds() * (this.eachSide ? 2 : 1);
		}

	}

	private static void animate(Document document, Element start, Element end, Timing timing) {
		List<Element> startChildren = children(start);
		List<Element> endChildren = children(end);
		NamedNodeMap attributes = end.getAttributes();
		List<Element> animations = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String name = attribute.getName();
			String from = start.getAttribute(name);
			String to = attribute.getValue();
			if (name.equals("id") || name.equals("display") || from.equals(to)) {
				continue;
			}
			animations.add(animation(document, name, from, to, timing));
		}
		for (int i = 0; i < endChildren.size(); i++) {
			animate(document, startChildren.get(i), endChildren.get(i), timing);
		}
		for (Element animation : animations) {
			end.appendChild(animation);
		}
	}

	private static Element animation(Document document, String name, String from, String to, Timing timing) {
		Element animation;
		if (name.equals("transform")) {
			Matcher fromMatch = TRANSFORM.matcher(from);
			Matcher toMatch = TRANSFORM.matcher(to);
			fromMatch.matches();
			toMatch.matches();
			animation = document.createElementNS(SVG, "animateTransform");
			animation.setAttribute("type", toMatch.group(1));
			from = fromMatch.group(2).trim();
			to = toMatch.group(2).trim();
		}
		else {
			animation = document.createElementNS(SVG, "animate");
		}
		animation.setAttribute("attributeName", name);
		List<String> values = new ArrayList<>();
		List<Double> times = new ArrayList<>();
		List<String> splines = new ArrayList<>();
		double t = 0;
		values.add(from);
		times.add(t);
		// One side's movement, repeated: the right side and the left side take the same
		// time, so it stays in step with the turn between them (twice as long).
		if (timing.restSeconds() > 0) {
			t += timing.restSeconds() / 2;
			values.add(from);
			times.add(t);
			splines.add(STEADY);
		}
		for (int rep = 0; rep < timing.reps(); rep++) {
			t += timing.easeSeconds();
			values.add(to);
			times.add(t);
			splines.add(EASE);
			if (timing.holdSeconds() > 0) {
				t += timing.holdSeconds();
				values.add(to);
				times.add(t);
				splines.add(STEADY);
			}
			t += timing.easeSeconds();
			values.add(from);
			times.add(t);
			splines.add(EASE);
		}
		if (timing.restSeconds() > 0) {
			t += timing.restSeconds() / 2;
			values.add(from);
			times.add(t);
			splines.add(STEADY);
		}
		animation.setAttribute("values", String.join(";", values));
		animation.setAttribute("keyTimes", keyTimes(times, t));
		animation.setAttribute("calcMode", "spline");
		animation.setAttribute("keySplines", String.join(";", splines));
		repeat(animation, t);
		return animation;
	}

	/**
	 * The scene inside a group that turns it round its vertical centre line for the left
	 * side, fading out and in around the turn so that nothing jumps or flashes.
	 */
	private static Element turning(Document document, Element scene, Timing timing, double centre) {
		double cycle = timing.cycleSeconds();
		double half = timing.sideSeconds();
		double fade = Math.min(TURN_SECONDS, timing.restSeconds() / 2);
		Element outer = document.createElementNS(SVG, "g");
		outer.setAttribute("transform", "translate(" + number(centre) + " 0)");
		Element turn = document.createElementNS(SVG, "g");
		Element mirror = document.createElementNS(SVG, "animateTransform");
		mirror.setAttribute("attributeName", "transform");
		mirror.setAttribute("type", "scale");
		mirror.setAttribute("values", "1 1;-1 1");
		mirror.setAttribute("keyTimes", keyTimes(List.of(0.0, half), cycle));
		mirror.setAttribute("calcMode", "discrete");
		repeat(mirror, cycle);
		turn.appendChild(mirror);
		if (fade > 0) {
			Element opacity = document.createElementNS(SVG, "animate");
			opacity.setAttribute("attributeName", "opacity");
			opacity.setAttribute("values", "0;1;1;0;1;1;0");
			opacity.setAttribute("keyTimes",
					keyTimes(List.of(0.0, fade, half - fade, half, half + fade, cycle - fade, cycle), cycle));
			repeat(opacity, cycle);
			turn.appendChild(opacity);
		}
		Element back = document.createElementNS(SVG, "g");
		back.setAttribute("transform", "translate(" + number(-centre) + " 0)");
		back.appendChild(scene);
		turn.appendChild(back);
		outer.appendChild(turn);
		return outer;
	}

	/**
	 * The words for one side, in the top corner away from where the figure faces: the
	 * left side's label sits where the right side's would be in the turned picture, so it
	 * keeps the same room around the figure.
	 */
	private static Element sideLabel(Document document, String words, Timing timing, boolean first, double width) {
		Element text = document.createElementNS(SVG, "text");
		text.setAttribute("class", "side-label");
		text.setAttribute("x", number(first ? 12 : width - 12));
		text.setAttribute("y", "26");
		if (!first) {
			text.setAttribute("text-anchor", "end");
		}
		text.setAttribute("font-size", "18");
		text.setAttribute("font-weight", "700");
		text.setAttribute("fill", "#24453f");
		text.setAttribute("visibility", first ? "visible" : "hidden");
		text.setTextContent(words);
		Element show = document.createElementNS(SVG, "animate");
		show.setAttribute("attributeName", "visibility");
		show.setAttribute("values", first ? "visible;hidden" : "hidden;visible");
		show.setAttribute("keyTimes", keyTimes(List.of(0.0, timing.sideSeconds()), timing.cycleSeconds()));
		show.setAttribute("calcMode", "discrete");
		repeat(show, timing.cycleSeconds());
		text.appendChild(show);
		return text;
	}

	private static void repeat(Element animation, double seconds) {
		animation.setAttribute("dur", number(seconds) + "s");
		animation.setAttribute("repeatCount", "indefinite");
	}

	private static String keyTimes(List<Double> times, double total) {
		List<String> out = new ArrayList<>();
		for (double time : times) {
			out.add(String.format(Locale.ROOT, "%.4f", time / total).replaceAll("0+$", "").replaceAll("\\.$", ""));
		}
		return String.join(";", out);
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	private static double viewBoxCentre(Element root) {
		String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
		if (box.length == 4) {
			return Double.parseDouble(box[0]) + Double.parseDouble(box[2]) / 2;
		}
		return Double.parseDouble(root.getAttribute("width")) / 2;
	}

	/** Whether any attribute differs between the poses, at any depth. */
	private static boolean differs(Element start, Element end) {
		NamedNodeMap attributes = end.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String name = attribute.getName();
			if (!name.equals("id") && !name.equals("display")
					&& !start.getAttribute(name).equals(attribute.getValue())) {
				return true;
			}
		}
		List<Element> startChildren = children(start);
		List<Element> endChildren = children(end);
		for (int i = 0; i < Math.min(startChildren.size(), endChildren.size()); i++) {
			if (differs(startChildren.get(i), endChildren.get(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks that the start pose is drawn with the same shapes as the end pose, so each
	 * attribute can move between them.
	 */
	private static void sameShapes(Element start, Element end, String where) {
		if (!Objects.equals(start.getLocalName(), end.getLocalName())) {
			throw new IllegalArgumentException("draws its poses with different shapes at " + where + ": <"
					+ start.getLocalName() + "> in pose-start, <" + end.getLocalName() + "> in pose-end");
		}
		List<Element> startChildren = children(start);
		List<Element> endChildren = children(end);
		if (startChildren.size() != endChildren.size()) {
			throw new IllegalArgumentException("draws its poses with different shapes at " + where + ": "
					+ startChildren.size() + " shapes in pose-start, " + endChildren.size() + " in pose-end");
		}
		NamedNodeMap attributes = end.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			String name = ((Attr) attributes.item(i)).getName();
			String to = ((Attr) attributes.item(i)).getValue();
			String from = start.getAttribute(name);
			if (name.equals("id") || name.equals("display") || from.equals(to)) {
				continue;
			}
			if (!start.hasAttribute(name)) {
				throw new IllegalArgumentException("gives " + name + " only to the end pose at " + where);
			}
			if (name.equals("d")) {
				if (!commands(from).equals(commands(to)) || numbers(from) != numbers(to)) {
					throw new IllegalArgumentException("needs the same path commands in both poses at " + where + ": '"
							+ from + "' cannot move to '" + to + "'");
				}
			}
			else if (name.equals("transform")) {
				Matcher fromMatch = TRANSFORM.matcher(from);
				Matcher toMatch = TRANSFORM.matcher(to);
				if (!fromMatch.matches() || !toMatch.matches() || !fromMatch.group(1).equals(toMatch.group(1))
						|| numbers(fromMatch.group(2)) != numbers(toMatch.group(2))) {
					throw new IllegalArgumentException("needs one transform of the same kind in both poses at " + where
							+ ": '" + from + "' cannot move to '" + to + "'");
				}
			}
			else if (!NUMBER.matcher(from.trim()).matches() || !NUMBER.matcher(to.trim()).matches()) {
				throw new IllegalArgumentException(
						"can move only numbers, paths and transforms between poses: " + name + " at " + where);
			}
		}
		for (int i = 0; i < endChildren.size(); i++) {
			sameShapes(startChildren.get(i), endChildren.get(i),
					where + " > " + endChildren.get(i).getLocalName() + "[" + (i + 1) + "]");
		}
	}

	private static String commands(String path) {
		StringBuilder letters = new StringBuilder();
		Matcher matcher = PATH_COMMANDS.matcher(path);
		while (matcher.find()) {
			if (!"eE".contains(matcher.group())) {
				letters.append(matcher.group());
			}
		}
		return letters.toString();
	}

	private static int numbers(String text) {
		int count = 0;
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static Document parse(InputStream svg) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(svg);
		}
		catch (SAXException ex) {
			throw new IllegalArgumentException("is not well-formed SVG: " + ex.getMessage());
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element require(Element root, String id) {
		Element element = byId(root, id);
		if (element == null || !"g".equals(element.getLocalName())) {
			throw new IllegalArgumentException(
					"needs both poses: add <g id=\"" + id + "\"> (see docs/content-authoring.md, Pictures)");
		}
		return element;
	}

	private static Element byId(Element element, String id) {
		if (id.equals(element.getAttribute("id"))) {
			return element;
		}
		for (Element child : children(element)) {
			Element found = byId(child, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static List<Element> stillOnly(Element element, List<Element> found) {
		if (List.of(element.getAttribute("class").split("\\s+")).contains("still-only")) {
			found.add(element);
			return found;
		}
		for (Element child : children(element)) {
			stillOnly(child, found);
		}
		return found;
	}

	private static Element firstChild(Element element, String name) {
		for (Element child : children(element)) {
			if (name.equals(child.getLocalName())) {
				return child;
			}
		}
		return null;
	}

	private static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				children.add(child);
			}
		}
		return children;
	}

	private static void stripIds(Element element) {
		element.removeAttribute("id");
		for (Element child : children(element)) {
			stripIds(child);
		}
	}

	private static void write(Element element, StringBuilder out) {
		String name = element.getLocalName();
		out.append('<').append(name);
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String attributeName = attribute.getName();
			if (attributeName.startsWith("xmlns") && element.getParentNode() instanceof Element) {
				continue;
			}
			out.append(' ').append(attributeName).append("=\"").append(escape(attribute.getValue(), true)).append('"');
		}
		boolean empty = true;
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				if (empty) {
					out.append('>');
					empty = false;
				}
				write(child, out);
			}
			else if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
				if (empty) {
					out.append('>');
					empty = false;
				}
				out.append(escape(node.getNodeValue(), false));
			}
		}
		if (empty) {
			out.append("/>");
		}
		else {
			out.append("</").append(name).append('>');
		}
	}

	private static String escape(String text, boolean attribute) {
		String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		return attribute ? escaped.replace("\"", "&quot;") : escaped;
	}

}
