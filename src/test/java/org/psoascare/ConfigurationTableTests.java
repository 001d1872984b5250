package org.psoascare;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table against the settings themselves: every documented
 * property exists, with the environment variable Spring Boot binds to it and, for
 * {@code psoascare.*}, the default the application really starts with; and every
 * {@code psoascare.*} setting is documented.
 * <p>
 * The settings are read from the configuration metadata the build writes
 * ({@code META-INF/spring-configuration-metadata.json}, from the
 * {@code @ConfigurationProperties} records, and Spring Boot's own), from any setting
 * still read with {@code @Value("${psoascare....:default}")} in {@code src/main/java}
 * (the web module's, until it has its record), and from
 * {@code src/main/resources/application.properties}, which overrides both. The tests run
 * from the project's folder, as Maven runs them.
 */
class ConfigurationTableTests {

	private static final Pattern VALUE = Pattern
		.compile("@Value\\(\"\\$\\{(psoascare\\.[a-z0-9.-]+)(?::([^}]*))?}\"\\)");

	private static final Pattern ROW = Pattern.compile("^\\|([^|]*)\\|([^|]*)\\|(.*)\\|\\s*$");

	private static final Pattern CODE = Pattern.compile("`([^`]*)`");

	/**
	 * Every property named in some metadata on the classpath, with its default or null.
	 */
	private static final Map<String, String> metadata = new TreeMap<>();

	/** The psoascare.* properties this application declares (its own metadata). */
	private static final Map<String, String> ownMetadata = new TreeMap<>();

	/**
	 * psoascare.* properties read with {@code @Value}, with the default written there.
	 */
	private static final Map<String, String> valueDefaults = new TreeMap<>();

	private static final Properties applicationProperties = new Properties();

	/** The README's table: property, then its environment variable and default cells. */
	private static final Map<String, Row> table = new LinkedHashMap<>();

	record Row(String environmentVariable, String defaultValue) {
	}

	@BeforeAll
	static void read() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:META-INF/spring-configuration-metadata.json");
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				JsonNode properties = json.readTree(in).path("properties");
				boolean own = file.getURL().toString().contains("/target/classes/");
				for (JsonNode property : properties) {
					String name = property.path("name").asString();
					JsonNode defaultValue = property.get("defaultValue");
					String value = (defaultValue == null || defaultValue.isNull()) ? null
							: defaultValue.isValueNode() ? defaultValue.asString() : defaultValue.toString();
					metadata.putIfAbsent(name, value);
					if (own && name.startsWith("psoascare.")) {
						ownMetadata.put(name, value);
					}
				}
			}
		}
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher value = VALUE.matcher(Files.readString(source));
				while (value.find()) {
					valueDefaults.put(value.group(1), value.group(2));
				}
			}
		}
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"),
				StandardCharsets.UTF_8)) {
			applicationProperties.load(in);
		}
		List<String> readme = Files.readAllLines(Path.of("README.md"));
		int heading = readme.indexOf("## Configuration");
		assertThat(heading).as("the README's \"## Configuration\" section").isNotNegative();
		boolean inTable = false;
		for (String line : readme.subList(heading + 1, readme.size())) {
			Matcher row = ROW.matcher(line);
			if (!row.matches()) {
				if (inTable) {
					break;
				}
				continue;
			}
			inTable = true;
			Matcher property = CODE.matcher(row.group(1));
			if (!property.find()) {
				continue; // the header and separator rows
			}
			Matcher variable = CODE.matcher(row.group(2));
			Matcher defaultValue = CODE.matcher(row.group(3));
			Row previous = table.put(property.group(1), new Row(variable.find() ? variable.group(1) : null,
					defaultValue.find() ? defaultValue.group(1) : null));
			assertThat(previous).as("%s is in the table once", property.group(1)).isNull();
		}
		assertThat(table).as("rows of the README's configuration table").isNotEmpty();
		assertThat(ownMetadata).as("the application's configuration metadata (spring-boot-configuration-processor)")
			.isNotEmpty();
	}

	@Test
	void everyDocumentedPropertyExists() {
		for (String property : table.keySet()) {
			assertThat(metadata.containsKey(property) || valueDefaults.containsKey(property))
				.as("README documents %s, which no configuration metadata or @Value declares", property)
				.isTrue();
		}
	}

	@Test
	void everyDocumentedPropertyNamesTheEnvironmentVariableSpringBootBindsToIt() {
		table.forEach((property, row) -> {
			String canonical = property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
			assertThat(row.environmentVariable()).as("the environment variable of %s", property).isEqualTo(canonical);
		});
	}

	@Test
	void everyDocumentedDefaultIsTheOneTheApplicationStartsWith() {
		table.forEach((property, row) -> {
			if (property.startsWith("psoascare.")) {
				assertThat(row.defaultValue()).as("the README's default of %s", property)
					.isEqualTo(effectiveDefault(property));
			}
		});
	}

	@Test
	void everyPsoascareSettingIsDocumented() {
		TreeSet<String> settings = new TreeSet<>(ownMetadata.keySet());
		settings.addAll(valueDefaults.keySet());
		assertThat(table.keySet()).as("the README's configuration table").containsAll(settings);
	}

	/**
	 * One default per setting: application.properties does not repeat the default a
	 * record already gives (it holds only values that differ, or that operators must see
	 * and the record leaves unset).
	 */
	@Test
	void applicationPropertiesRepeatsNoRecordDefault() {
		ownMetadata.forEach((property, defaultValue) -> {
			if (defaultValue != null) {
				assertThat(applicationProperties.getProperty(property))
					.as("%s is set in application.properties to the default its record already gives", property)
					.isNotEqualTo(defaultValue);
			}
		});
	}

	private static String effectiveDefault(String property) {
		String set = applicationProperties.getProperty(property);
		if (set != null) {
			return set;
		}
		if (ownMetadata.get(property) != null) {
			return ownMetadata.get(property);
		}
		return valueDefaults.get(property);
	}

}
