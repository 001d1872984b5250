package org.psoascare.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.psoascare.web.SiteAddress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title, licence and server of the OpenAPI description springdoc serves at
 * {@code /api/v1/openapi} (JSON; {@code /api/v1/openapi.yaml} for YAML). Only the
 * description: no Swagger UI, which would need inline script the CSP forbids.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	@Bean
	OpenAPI openApi(SiteAddress address) {
		return new OpenAPI().info(new Info().title("Psoas and sciatica self-care API")
			.version("1")
			.description(
					"Read-only content (guides, stretches, routines, recovery plans, the checklist's questions and rules) "
							+ "and the checklist's evaluation. Content is licensed " + ApiJson.LICENCE
							+ ": credit \"Psoas and sciatica self-care contributors\" and link to the page. "
							+ "Self-care information, not a diagnosis.")
			.license(new License().name("CC BY 4.0 (content)").url(ApiJson.LICENCE_URL)))
			.addServersItem(new Server().url(address.baseUrl()));
	}

}
