package uk.gov.inspectiongraph.action;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due and overdue actions, every expectation counted here from each action's printed target (status and due
 * date) as the API lists them, not with the service's own Cypher.
 */
@IntegrationTest
class DueAndOverdueTests {

	private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);

	private static final String WALES = "Regional Probation Director Wales";

	@Autowired
	HttpGraphQlTester graphQl;

	/** Every action: id, inspection, owners, status, due date. */
	private List<Map<String, Object>> all;

	@BeforeEach
	void readEveryAction() {
		this.all = this.graphQl.document("""
				{ actions(first: 500) { totalCount edges { node { id target { dueOn status }
				    owners { name } recommendation { inspection { id } } } } } }""")
			.execute()
			.path("actions.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(this.all).hasSizeGreaterThan(100);
	}

	private static Map<?, ?> target(Map<String, Object> action) {
		return (Map<?, ?>) action.get("target");
	}

	private static Predicate<Map<String, Object>> dueBetween(LocalDate from, LocalDate before) {
		return a -> "SCHEDULED".equals(target(a).get("status")) && target(a).get("dueOn") != null
				&& LocalDate.parse((String) target(a).get("dueOn")).isBefore(before)
				&& (from == null || !LocalDate.parse((String) target(a).get("dueOn")).isBefore(from));
	}

	@SuppressWarnings("unchecked")
	private static List<String> owners(Map<String, Object> action) {
		return ((List<Map<String, String>>) action.get("owners")).stream().map(o -> o.get("name")).toList();
	}

	@Test
	void actionsOverdueOnADateAreTheScheduledOnesDueBeforeIt() {
		List<String> expected = this.all.stream().filter(dueBetween(null, JUNE_2022)).map(a -> (String) a.get("id")).toList();
		var response = this.graphQl.document("""
				{ actions(where: {overdueOn: "2022-06-01"}, first: 500) { totalCount edges { node { id overdue(asOf: "2022-06-01") } } } }""")
			.execute();
		response.path("actions.totalCount").entity(Integer.class).isEqualTo(expected.size());
		response.path("actions.edges[*].node.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(expected));
		response.path("actions.edges[*].node.overdue").entityList(Boolean.class).satisfies(o -> assertThat(o).containsOnly(true));
		this.graphQl.document("{ stats { overdue(asOf: \"2022-06-01\") } }").execute().path("stats.overdue")
			.entity(Integer.class).isEqualTo(expected.size());
	}

	@Test
	void anOwnersOverdueAndDueSoonActionsAreCountedAndListedEarliestFirst() {
		List<Map<String, Object>> wales = this.all.stream().filter(a -> owners(a).contains(WALES)).toList();
		List<String> overdue = wales.stream().filter(dueBetween(null, JUNE_2022)).map(a -> (String) a.get("id")).toList();
		LocalDate from = LocalDate.of(2022, 3, 1);
		List<String> dueSoon = wales.stream().filter(dueBetween(from, from.plusDays(61))).map(a -> (String) a.get("id")).toList();
		assertThat(overdue).isNotEmpty();
		assertThat(dueSoon).isNotEmpty();
		var response = this.graphQl.document("""
				{ owner(name: "%s") {
				    overdue(asOf: "2022-06-01") { count actions { id target { dueOn } } }
				    dueSoon(within: 60, asOf: "2022-03-01") { count actions { id } } } }""".formatted(WALES))
			.execute();
		response.errors().verify();
		response.path("owner.overdue.count").entity(Integer.class).isEqualTo(overdue.size());
		response.path("owner.overdue.actions[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(overdue));
		response.path("owner.overdue.actions[*].target.dueOn").entityList(String.class)
			.satisfies(d -> assertThat(d).isSortedAccordingTo(Comparator.naturalOrder()));
		response.path("owner.dueSoon.count").entity(Integer.class).isEqualTo(dueSoon.size());
		response.path("owner.dueSoon.actions[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(dueSoon));
	}

	@Test
	void withoutADateTodayInLondonIsMeant() {
		String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
		var implicit = this.graphQl.document("""
				{ owner(name: "%s") { overdue { count } dueSoon { count } } stats { overdue } }""".formatted(WALES)).execute();
		var explicit = this.graphQl.document("""
				{ owner(name: "%1$s") { overdue(asOf: "%2$s") { count } dueSoon(asOf: "%2$s") { count } } stats { overdue(asOf: "%2$s") } }"""
			.formatted(WALES, today)).execute();
		Object implicitData = implicit.returnResponse().getData();
		Object explicitData = explicit.returnResponse().getData();
		assertThat(implicitData).isEqualTo(explicitData);
		long expected = this.all.stream().filter(dueBetween(null, LocalDate.parse(today))).count();
		implicit.path("stats.overdue").entity(Long.class).isEqualTo(expected);
	}

	@Test
	void statsCountOverdueActionsByOwnerAndByInspection() {
		List<Map<String, Object>> overdue = this.all.stream().filter(dueBetween(null, JUNE_2022)).toList();
		Map<String, Long> byInspection = overdue.stream().collect(Collectors.groupingBy(
				a -> (String) ((Map<?, ?>) ((Map<?, ?>) a.get("recommendation")).get("inspection")).get("id"), TreeMap::new,
				Collectors.counting()));
		Map<String, Long> byOwner = overdue.stream().flatMap(a -> owners(a).stream())
			.collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()));
		var response = this.graphQl.document("""
				{ stats { overdueByOwner(asOf: "2022-06-01", limit: 500) { owner { name } actionCount }
				          overdueByInspection(asOf: "2022-06-01") { inspection { id } overdue } } }""").execute();
		response.errors().verify();
		List<Map<String, Object>> owners = response.path("stats.overdueByOwner")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		assertThat(counts(owners, "owner", "name", "actionCount")).isEqualTo(byOwner);
		assertThat(owners.stream().map(o -> ((Number) o.get("actionCount")).intValue()).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
		List<Map<String, Object>> inspections = response.path("stats.overdueByInspection")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		assertThat(counts(inspections, "inspection", "id", "overdue")).isEqualTo(byInspection);
	}

	/** Rows of {object: {key}, count} as a sorted map from key to count. */
	private static Map<String, Long> counts(List<Map<String, Object>> rows, String object, String key, String count) {
		return rows.stream().collect(Collectors.toMap(o -> (String) ((Map<?, ?>) o.get(object)).get(key),
				o -> ((Number) o.get(count)).longValue(), (x, y) -> x, TreeMap::new));
	}

	@Test
	void aNegativeWindowIsABadRequest() {
		this.graphQl.document("{ owner(name: \"%s\") { dueSoon(within: -1) { count } } }".formatted(WALES)).execute()
			.errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST).verify();
	}

}
