package org.psoascare.web;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's settings, {@code psoascare.site.*} (part of {@link WebSettings}): what every
 * page shows and where the site is published.
 *
 * @param emergencyNumber the number named in emergency advice ("Call 999 ...") and
 * dialled by its {@code tel:} link: digits only, with an optional leading "+"
 * @param emergencyNumbers the fuller line shown in the footer
 * @param urgentNumber the non-emergency medical line offered with a {@code tel:} link on
 * an urgent result (111 in the UK); {@code null} or empty where there is none, and then
 * no link is shown
 * @param baseUrl {@code psoascare.site.base-url}: where the site is published, for the
 * absolute addresses that leave it ({@link SiteAddress}); {@value SiteAddress#DEFAULT}
 * when not set
 * @throws IllegalArgumentException when the emergency number, or an urgent number that is
 * set, is not a number a phone can dial, the fuller line holds a Mustache tag ({@code {{}
 * or {@code }}}, which would break the result page compiled from it), or the base URL is
 * not an absolute http or https URL, so that a bad setting stops start-up instead of
 * breaking the call link, the result page or the canonical links
 */
public record SiteProperties(String emergencyNumber, String emergencyNumbers, String urgentNumber,
		@DefaultValue(SiteAddress.DEFAULT) String baseUrl) {

	private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]{2,15}");

	public SiteProperties {
		if (emergencyNumber == null || !DIALLABLE.matcher(emergencyNumber).matches()) {
			throw new IllegalArgumentException(
					"psoascare.site.emergency-number must be digits a phone can dial, " + "such as 999, 911 or 112");
		}
		if (emergencyNumbers != null && (emergencyNumbers.contains("{{") || emergencyNumbers.contains("}}"))) {
			// Part of the result page compiled once per load (FragmentRenderer.compose):
			// a tag here would fail every checklist result, emergencies included.
			throw new IllegalArgumentException("psoascare.site.emergency-numbers must not contain {{ or }}");
		}
		urgentNumber = (urgentNumber != null) ? urgentNumber.strip() : "";
		if (!urgentNumber.isEmpty() && !DIALLABLE.matcher(urgentNumber).matches()) {
			throw new IllegalArgumentException("psoascare.site.urgent-number must be digits a phone can dial, "
					+ "such as 111, or empty where there is no such line");
		}
		baseUrl = new SiteAddress(baseUrl).baseUrl();
	}

	/** Where the site is published, as the pages' absolute addresses need it. */
	public SiteAddress address() {
		return new SiteAddress(this.baseUrl);
	}

}
