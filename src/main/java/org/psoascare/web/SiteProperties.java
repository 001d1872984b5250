package org.psoascare.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every page uses.
 *
 * @param emergencyNumber the number named in emergency advice ("Call 999 ...")
 * @param emergencyNumbers the fuller line shown in the footer
 */
@ConfigurationProperties("psoascare.site")
public record SiteProperties(String emergencyNumber, String emergencyNumbers) {
}
