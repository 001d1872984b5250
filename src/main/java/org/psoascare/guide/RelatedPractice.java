package org.psoascare.guide;

import org.springframework.ui.Model;

/**
 * What a guide page shows of the practice another feature owns: the stretches and
 * routines the guide names. The guide page asks; the stretch feature answers (it holds
 * the one implementation), so {@code guide} does not depend on {@code stretch}, while
 * stretch pages may still name their guides.
 */
public interface RelatedPractice {

	/**
	 * Adds to a guide page's model the cards of the stretches the guide names
	 * ({@code stretches}) and the summaries of its routines ({@code routines}), each in
	 * the order the guide names them; unknown slugs are skipped.
	 * @param guide the guide being shown
	 * @param model the page's model
	 */
	void addTo(GuidePage guide, Model model);

}
