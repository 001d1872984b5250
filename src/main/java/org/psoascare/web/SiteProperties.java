package org.psoascare.web;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every page uses.
 *
 * @param emergencyNumber the number named in emergency advice ("Call 999 ...") and
 * dialled by its {@code tel:} link: digits only, with an optional leading "+"
 * @param emergencyNumbers the fuller line shown in the footer
 * @throws IllegalArgumentException when the emergency number is not a number a phone can
 * dial, so that a bad setting stops start-up instead of breaking the call link
 */
@ConfigurationProperties("psoascare.site")
public record SiteProperties(String emergencyNumber, String emergencyNumbers) {

	private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]{2,15}");

	public SiteProperties {
		if (emergencyNumber == null || !DIALLABLE.matcher(emergencyNumber).matches()) {
			throw new IllegalArgumentException(
					"psoascare.site.emergency-number must be digits a phone can dial, " + "such as 999, 911 or 112");
		}
	}

}
