package uk.gov.inspectiongraph.owner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An owner's calendar feed, parsed back with the library that writes it, against the owner's actions in GraphQL. */
@IntegrationTest
class OwnerCalendarTests {

	private static final String WALES = "Regional Probation Director Wales";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	static ResponseEntity<String> get(int port, String path) {
		return RestClient.create("http://127.0.0.1:" + port).get().uri(path).retrieve()
			.onStatus(s -> true, (req, res) -> {
			})
			.toEntity(String.class);
	}

	/** The owner's open actions by id, with their due dates, as GraphQL lists them. */
	static Map<String, String> openActions(HttpGraphQlTester graphQl, String owner) {
		List<Map<String, Object>> actions = graphQl.document("""
				query($owner: String!) { actions(where: {owner: $owner, revision: "LATEST"}, first: 500) {
				    edges { node { id target { dueOn status } delivery { completedOn } } } } }""")
			.variable("owner", owner)
			.execute()
			.path("actions.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, String> open = new TreeMap<>();
		for (Map<String, Object> a : actions) {
			Map<?, ?> target = (Map<?, ?>) a.get("target");
			if (target.get("dueOn") != null && !"COMPLETED".equals(target.get("status"))
					&& ((Map<?, ?>) a.get("delivery")).get("completedOn") == null) {
				open.put(a.get("id") + "@inspection-graph", (String) target.get("dueOn"));
			}
		}
		return open;
	}

	static Map<String, String> events(ICalendar calendar) {
		Map<String, String> events = new TreeMap<>();
		for (VEvent e : calendar.getEvents()) {
			events.put(e.getUid().getValue(), LocalDate.ofInstant(e.getDateStart().getValue().toInstant(), ZoneId.systemDefault()).toString());
		}
		return events;
	}

	@Test
	void anOwnersFeedHoldsTheirOpenActionsOnTheirDueDates() {
		ResponseEntity<String> response = get(this.port, "/calendar/owner/" + WALES + ".ics");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("text/calendar");
		ICalendar calendar = Biweekly.parse(response.getBody()).first();
		Map<String, String> expected = openActions(this.graphQl, WALES);
		assertThat(expected).hasSize(10);
		assertThat(events(calendar)).isEqualTo(expected);
		VEvent first = calendar.getEvents().get(0);
		assertThat(first.getDateStart().getValue().hasTime()).as("an all-day event").isFalse();
		assertThat(first.getSummary().getValue()).startsWith("Due: recommendation ");
		assertThat(first.getDescription().getValue()).contains("Inspection: A thematic inspection on the use of electronic monitoring");
		assertThat(first.getUrl().getValue()).contains("/#sel=electronic-monitoring-2022%2F");
		assertThat(first.getSequence().getValue()).isZero();
	}

	@Test
	void theNameInAnyCaseOrPunctuationGivesTheSameFeedAndAnUnknownOwnerIsA404NamingTheClosest() {
		var byAlias = Biweekly.parse(get(this.port, "/calendar/owner/regional-probation-director,WALES.ics").getBody()).first();
		assertThat(events(byAlias)).isEqualTo(openActions(this.graphQl, WALES));
		ResponseEntity<String> unknown = get(this.port, "/calendar/owner/Regional Probation Directr Wales.ics");
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(unknown.getBody()).contains("no owner role named 'Regional Probation Directr Wales'")
			.contains("did you mean '" + WALES + "'?");
	}

}
