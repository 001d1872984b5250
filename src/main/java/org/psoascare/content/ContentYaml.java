package org.psoascare.content;

import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML from content files safely (no object construction). Dates stay text so that
 * the content module checks them itself: YAML's own timestamp rules would quietly turn
 * 2026-13-40 into a date in a later year.
 */
public final class ContentYaml {

	private ContentYaml() {
	}

	public static ContentFields read(ContentFile file, String yamlText) {
		Object parsed;
		try {
			parsed = newYaml().load(yamlText);
		}
		catch (MarkedYAMLException ex) {
			throw file.error(null,
					"is not valid YAML (" + ex.getProblem() + " at line " + (ex.getProblemMark().getLine() + 1) + ")");
		}
		catch (YAMLException ex) {
			throw file.error(null, "is not valid YAML");
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw file.error(null, "must hold a block of fields");
		}
		return new ContentFields(file, ContentFields.asStringMap(map));
	}

	private static Yaml newYaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new TextDatesResolver());
	}

	private static final class TextDatesResolver extends Resolver {

		/** The standard resolvers less Tag.TIMESTAMP. */
		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
			addImplicitResolver(Tag.MERGE, MERGE, "<");
		}

	}

}
