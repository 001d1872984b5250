package org.psoascare.stretch;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the one duration formatter in every page's model as {@code durations}, so any
 * template, including the checklist's result fragments, writes times the same way.
 */
@ControllerAdvice
class DurationsModel {

	private final Durations durations;

	DurationsModel(Durations durations) {
		this.durations = durations;
	}

	@ModelAttribute("durations")
	Durations durations() {
		return this.durations;
	}

}
