package org.psoascare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The application. Its modules are the packages below this one, one per feature, with the
 * boundaries each {@code package-info.java} declares (checked by Spring Modulith on every
 * build); {@code content} and {@code web} are shared by every feature.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Psoas Care")
public class PsoasCareApplication {

	public static void main(String[] args) {
		SpringApplication.run(PsoasCareApplication.class, args);
	}

}
