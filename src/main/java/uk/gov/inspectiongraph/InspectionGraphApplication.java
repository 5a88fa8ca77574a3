package uk.gov.inspectiongraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InspectionGraphApplication {
	public static void main(String[] args) {
		SpringApplication.run(InspectionGraphApplication.class, args);
	}
}
