package org.psoascare.guide;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.psoascare.content.Coded;

/** Stores a topic by its content code, so the column reads the same as the files. */
@Converter
class TopicConverter implements AttributeConverter<Topic, String> {

	@Override
	public String convertToDatabaseColumn(Topic topic) {
		return topic == null ? null : topic.code();
	}

	@Override
	public Topic convertToEntityAttribute(String code) {
		return code == null ? null : Coded.parse(Topic.class, code).orElseThrow();
	}

}
