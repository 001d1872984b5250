package org.psoascare.content;

import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/**
 * Picks out the configuration classes that declare a {@link ContentType} bean, whatever
 * their module, so a test slice can load every kind of content without naming a feature.
 */
class ContentTypeDeclarations implements TypeFilter {

	private static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";

	private static final String BEAN = "org.springframework.context.annotation.Bean";

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		return reader.getAnnotationMetadata().hasAnnotation(CONFIGURATION) && reader.getAnnotationMetadata()
			.getAnnotatedMethods(BEAN)
			.stream()
			.anyMatch((method) -> ContentType.class.getName().equals(method.getReturnTypeName()));
	}

}
