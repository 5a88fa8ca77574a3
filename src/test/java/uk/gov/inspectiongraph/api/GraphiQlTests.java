package uk.gov.inspectiongraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL opens with the contract's operations, and the project's copies of the contract stay verbatim. */
@IntegrationTest
class GraphiQlTests {

	@LocalServerPort
	int port;

	private String get(String path) {
		return RestClient.create("http://127.0.0.1:" + this.port).get().uri(path).retrieve().body(String.class);
	}

	@Test
	void graphiqlLoadsTheContractOperationsAsItsDefaultQuery() throws IOException {
		String page = get("/graphiql?path=/graphql");
		assertThat(page).contains("fetch('/contract.graphql')").contains("defaultQuery: contract");
		String served = get("/contract.graphql");
		assertThat(served).contains("query ActionsByOwner").contains("query Dashboard");
		assertThat(served).isEqualTo(Files.readString(Path.of("src/main/resources/static/contract.graphql")));
	}

	@Test
	void theProjectsCopyIsTheSharedContractVerbatimWhereItIsPresent() throws IOException {
		Path shared = Path.of("../shared/contract/operations.graphql");
		String copy = Files.readString(Path.of("src/main/resources/static/contract.graphql"));
		assertThat(copy).contains("query ActionsByOwner").contains("query Stats");
		if (Files.exists(shared)) {
			assertThat(copy).isEqualTo(Files.readString(shared));
		}
	}

}
