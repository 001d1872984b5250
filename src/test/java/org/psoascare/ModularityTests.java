package org.psoascare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;
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

	/**
	 * Public types that no other module's code uses, each with the reason it stays
	 * public. Everything else public must be used by another module (see
	 * {@link #everyPublicTypeIsUsedByAnotherModule()}).
	 */
	static final Map<String, String> PUBLIC_FOR_A_REASON = Map.ofEntries(
			Map.entry("org.psoascare.content.ContentKinds",
					"every feature names kinds by its constants, which the compiler copies into the user's class file"),
			Map.entry("org.psoascare.web.RequestSizeLimit",
					"checklist reads bodies up to its MAX_BODY_BYTES, a constant the compiler copies"),
			Map.entry("org.psoascare.content.ContentLoader",
					"the kernel's door for loading: each feature's loading tests load their own fixture files through it"),
			Map.entry("org.psoascare.content.ContentLockTimeoutException",
					"what ContentLoader.load throws when another instance holds the content lock too long"),
			Map.entry("org.psoascare.web.SiteProperties",
					"web's settings; only tests outside web read them. Left to the settings rework (one "
							+ "@ConfigurationProperties record per module), which changes web in parallel"),
			Map.entry("org.psoascare.api.ApiJson",
					"no other module uses the API's shapes; left to the HTTP layer rewrite, which changes api in parallel"));

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
	 * A module's public types are what other modules may use, so each one is used by
	 * another module's code (tests do not count), appears in a public signature of one
	 * that is (a record's component, a method's return type), or has its reason in
	 * {@link #PUBLIC_FOR_A_REASON}. A type that only its own module uses is
	 * package-private, so the boundary the compiler keeps is the one the modules declare.
	 */
	@Test
	void everyPublicTypeIsUsedByAnotherModule() {
		Set<String> unused = new TreeSet<>();
		MODULES.forEach((module) -> {
			Set<JavaClass> needed = new HashSet<>();
			Deque<JavaClass> todo = new ArrayDeque<>();
			module.getBasePackage()
				.stream()
				.filter((type) -> PUBLIC_FOR_A_REASON.containsKey(type.getName()) || type.getDirectDependenciesToSelf()
					.stream()
					.anyMatch((use) -> !module.contains(use.getOriginClass())))
				.forEach(todo::add);
			while (!todo.isEmpty()) {
				JavaClass type = topLevel(todo.pop());
				if (needed.add(type)) {
					module.getBasePackage()
						.stream()
						.filter((member) -> topLevel(member).equals(type) && isPublic(member))
						.flatMap(ModularityTests::publicSignatureTypes)
						.filter(module::contains)
						.forEach(todo::add);
				}
			}
			module.getBasePackage()
				.stream()
				.filter((type) -> type.isTopLevelClass() && isPublic(type) && !JavaPackage.isPackageInfoType(type))
				.filter((type) -> !needed.contains(type))
				.forEach((type) -> unused.add(type.getName()));
		});
		assertThat(unused)
			.as("public types that no other module uses: make them package-private, or say why in PUBLIC_FOR_A_REASON")
			.isEmpty();
	}

	private static JavaClass topLevel(JavaClass type) {
		JavaClass outer = type;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer;
	}

	private static boolean isPublic(JavaClass type) {
		return type.getModifiers().contains(JavaModifier.PUBLIC);
	}

	/** The types a public field, constructor or method of this type shows its callers. */
	private static Stream<JavaClass> publicSignatureTypes(JavaClass type) {
		Stream<JavaType> fields = type.getFields()
			.stream()
			.filter((field) -> field.getModifiers().contains(JavaModifier.PUBLIC))
			.map((field) -> field.getType());
		Stream<JavaType> codeUnits = type.getCodeUnits()
			.stream()
			.filter((unit) -> unit.getModifiers().contains(JavaModifier.PUBLIC))
			.flatMap(ModularityTests::signature);
		return Stream.concat(fields, codeUnits).flatMap((shown) -> shown.getAllInvolvedRawTypes().stream());
	}

	private static Stream<JavaType> signature(JavaCodeUnit unit) {
		return Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream());
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
