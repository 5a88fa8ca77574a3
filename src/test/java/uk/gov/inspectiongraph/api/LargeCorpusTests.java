package uk.gov.inspectiongraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.inspectiongraph.bench.CorpusGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits that only a larger graph can show: a service started on 30 generated plans (about 1,200 actions,
 * more than a page can hold), in a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
class LargeCorpusTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@DynamicPropertySource
	static void generatedCorpus(DynamicPropertyRegistry registry) {
		try {
			Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "generated-corpus");
			new CorpusGenerator(7).write(30, dir);
			registry.add("corpus.dir", dir::toString);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void aHugePageIsCappedAtFiveHundred() {
		var response = this.graphQl.document("{ actions(first: 100000) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }")
			.execute();
		response.errors().verify();
		int total = response.path("actions.totalCount").entity(Integer.class).get();
		assertThat(total).isGreaterThan(500);
		response.path("actions.edges").entityList(Object.class).hasSize(500);
		response.path("actions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void pagesOfInspectionsJoinUpToTheWholeList() {
		var all = this.graphQl.document("{ inspections { id } }").execute().path("inspections[*].id").entityList(String.class).get();
		assertThat(all).hasSizeGreaterThan(20);
		var first = this.graphQl.document("{ inspectionsConnection(first: 20) { totalCount pageInfo { endCursor } edges { node { id } } } }")
			.execute();
		first.path("inspectionsConnection.totalCount").entity(Integer.class).isEqualTo(all.size());
		String cursor = first.path("inspectionsConnection.pageInfo.endCursor").entity(String.class).get();
		var rest = this.graphQl.document("{ inspections(first: 500, after: \"" + cursor + "\") { id } }").execute()
			.path("inspections[*].id").entityList(String.class).get();
		var head = first.path("inspectionsConnection.edges[*].node.id").entityList(String.class).get();
		assertThat(java.util.stream.Stream.concat(head.stream(), rest.stream()).toList()).isEqualTo(all);
	}

}
