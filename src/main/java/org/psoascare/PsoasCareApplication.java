package org.psoascare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PsoasCareApplication {

	public static void main(String[] args) {
		SpringApplication.run(PsoasCareApplication.class, args);
	}

}
