package org.psoascare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.Options;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries, checked on every build by Spring Modulith: no cycles between the
 * modules (the packages below {@code org.psoascare}), and each module uses only the
 * modules its {@code package-info.java} allows. The module diagram in {@code docs/} is
 * generated from the same model, and must match it.
 */
class ModularityTests {

	/** The committed diagram, shown in {@code docs/architecture.md}. */
	static final Path DIAGRAM = Path.of("docs/modules/components.puml");

	static final ApplicationModules MODULES = ApplicationModules.of(PsoasCareApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Spring Modulith lets a module without declared dependencies use any other, so every
	 * module says what it may use: a new package cannot slip past the boundaries.
	 */
	@Test
	void everyModuleDeclaresWhatItMayUse() {
		assertThat(MODULES.stream()).isNotEmpty().allSatisfy((module) -> {
			ApplicationModule declared = module.getBasePackage()
				.getAnnotation(ApplicationModule.class)
				.orElseThrow(() -> new AssertionError(
						module.getBasePackage().getName() + " has no @ApplicationModule in its package-info.java"));
			assertThat(declared.allowedDependencies()).as(module.getBasePackage().getName())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	/**
	 * Regenerates the diagram; when it differs from the committed one, the new one is
	 * written in its place (review and commit it) and the test fails, so the docs stay
	 * true.
	 */
	@Test
	void committedModuleDiagramIsUpToDate() throws IOException {
		Path folder = Path.of("target/spring-modulith-docs");
		new Documenter(MODULES, Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));
		String generated = stable(lines(Files.readString(folder.resolve("components.puml"))));
		String committed = Files.exists(DIAGRAM) ? lines(Files.readString(DIAGRAM)) : "";
		if (!generated.equals(committed)) {
			Files.createDirectories(DIAGRAM.getParent());
			Files.writeString(DIAGRAM, generated);
		}
		assertThat(committed).as("%s is out of date; it has been regenerated: review and commit it", DIAGRAM)
			.isEqualTo(generated);
	}

	/**
	 * The diagram with its components and its arrows each in name order: the Documenter
	 * writes them in an order that changes with unrelated code, which would make every
	 * change look like a new diagram.
	 */
	private static String stable(String diagram) {
		List<String> lines = new ArrayList<>(diagram.lines().toList());
		for (int start = 0; start < lines.size(); start++) {
			String kind = kind(lines.get(start));
			if (kind != null) {
				int end = start;
				while (end < lines.size() && kind.equals(kind(lines.get(end)))) {
					end++;
				}
				Collections.sort(lines.subList(start, end));
				start = end;
			}
		}
		return String.join("\n", lines) + "\n";
	}

	private static String kind(String line) {
		if (line.stripLeading().startsWith("component ")) {
			return "component";
		}
		return line.contains(" --> ") ? "arrow" : null;
	}

	/** The same text whatever line endings a checkout uses. */
	private static String lines(String text) {
		return text.replace("\r\n", "\n");
	}

}
