package org.psoascare.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheet, script and pictures are served under content-hashed names
 * ({@code /css/site-<hash>.css}) with a year-long immutable Cache-Control: a changed file
 * gets a new name. Pages get the hashed names from {@link AssetUrls}.
 * <p>
 * Each asset also has a strong ETag, the MD5 of its bytes (the hash its name carries),
 * given to Spring's resource handler as its ETag generator: the handler then answers a
 * matching {@code If-None-Match} with 304 itself ({@code checkNotModified}). Without one,
 * the versioned resource's ETag header was only written out, never compared. The hashes
 * are worked out once per asset: the files in the jar do not change.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	private static final String[] FOLDERS = { "css", "js", "img" };

	private final Map<String, String> etags = new ConcurrentHashMap<>();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
				.setEtagGenerator(this::etag)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	/** The MD5 of the asset's bytes, quoted; none if it cannot be read. */
	private String etag(Resource resource) {
		try {
			return this.etags.computeIfAbsent(resource.getURL().toString(), (url) -> {
				try (InputStream in = resource.getInputStream()) {
					return "\"" + DigestUtils.md5DigestAsHex(in) + "\"";
				}
				catch (IOException ex) {
					return null;
				}
			});
		}
		catch (IOException ex) {
			return null;
		}
	}

}
