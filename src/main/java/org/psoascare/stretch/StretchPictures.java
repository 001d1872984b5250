package org.psoascare.stretch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.content.ContentProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The moving pictures of stretches, as inline SVG for the stretch and routine pages (see
 * {@link StretchPicture} for how a picture declares its poses). Each is made once per
 * content load and kept.
 */
@Component
class StretchPictures {

	private final ResourceLoader resources = new DefaultResourceLoader();

	private final String illustrations;

	private final MessageSource messages;

	private final Map<String, String> moving = new ConcurrentHashMap<>();

	StretchPictures(ContentProperties content, MessageSource messages) {
		this.illustrations = content.illustrations();
		this.messages = messages;
	}

	/**
	 * Reads a stretch's picture and checks it.
	 * @param resource the picture, {@code <slug>.svg}
	 * @param slug the stretch's slug
	 * @return the picture
	 * @throws IllegalArgumentException saying what is missing or wrong
	 * @throws UncheckedIOException when the file cannot be read
	 */
	static StretchPicture read(Resource resource, String slug) {
		if (!resource.exists()) {
			throw new IllegalArgumentException(
					"is missing: add it, with both poses (docs/content-authoring.md," + " \"Pictures\")");
		}
		try (InputStream in = resource.getInputStream()) {
			return StretchPicture.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The moving picture of a stretch as its page shows it.
	 * @param stretch the stretch's page
	 * @return SVG markup to place in the page as it is
	 */
	public String moving(StretchPage stretch) {
		return moving(stretch.card().slug(), stretch.holdSeconds(), stretch.holds(), stretch.sides(),
				stretch.card().illustrationAlt());
	}

	/**
	 * The moving picture of a routine step.
	 * @param step the step, whose hold may differ from the stretch's own
	 * @return SVG markup to place in the page as it is
	 */
	public String moving(RoutineStepView step) {
		return moving(step.stretchSlug(), step.holdSeconds(), step.holds(), step.sides(), step.illustrationAlt());
	}

	private String moving(String slug, int holdSeconds, boolean holds, Sides sides, String endPose) {
		Locale locale = LocaleContextHolder.getLocale();
		String key = slug + ' ' + holdSeconds + ' ' + holds + ' ' + sides + ' ' + locale + ' ' + endPose.hashCode();
		return this.moving.computeIfAbsent(key, (k) -> {
			StretchPicture picture = read(this.resources.getResource(this.illustrations + slug + ".svg"), slug);
			StretchPicture.Timing timing = picture.timing(holdSeconds, holds, sides);
			String label = this.messages.getMessage("picture.label." + sides.code(),
					new Object[] { picture.description(), endPose }, locale);
			List<String> sideLabels = List.of(this.messages.getMessage("picture.right", null, locale),
					this.messages.getMessage("picture.left", null, locale));
			return picture.moving(timing, label, sideLabels);
		});
	}

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		this.moving.clear();
	}

}
