package org.psoascare.checklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.psoascare.content.ContentFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The project's real checklist files, read with the same parsers the loader uses. */
final class RealRules {

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private static final Path ROOT = Path.of("src/main/resources/content/checklist");

	private RealRules() {
	}

	static List<TriageRule> rules() {
		return read("rules").stream().map(TriageRuleContent::read).toList();
	}

	static List<QuestionGroup> questions() {
		return read("questions").stream().map(QuestionGroupContent::read).toList();
	}

	static Triage triage() {
		return new Triage(rules(), routineStretches(), questions());
	}

	/** For each routine, the stretches its steps use, read from the routine files. */
	@SuppressWarnings("unchecked")
	static Map<String, List<String>> routineStretches() {
		Map<String, List<String>> routines = new HashMap<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/content/routines"))) {
			for (Path file : files.toList()) {
				Map<String, Object> routine = new YAMLMapper().readValue(Files.readString(file), FIELDS);
				List<Map<String, Object>> steps = (List<Map<String, Object>>) routine.get("steps");
				routines.put((String) routine.get("slug"),
						steps.stream().map((step) -> (String) step.get("stretch")).distinct().toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return routines;
	}

	private static List<ContentFile> read(String folder) {
		try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
			return files.sorted().map((file) -> {
				try {
					return new ContentFile("checklist/" + folder + "/" + file.getFileName(), Files.readString(file));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
