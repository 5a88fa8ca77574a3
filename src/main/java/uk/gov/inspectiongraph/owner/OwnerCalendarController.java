package uk.gov.inspectiongraph.owner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.gov.inspectiongraph.action.ActionWhere;
import uk.gov.inspectiongraph.graph.Graph;
import uk.gov.inspectiongraph.model.Keys;

/**
 * {@code GET /calendar/owner/{name or alias}.ics}: an owner's open actions as an iCalendar feed (RFC 5545, written
 * by biweekly), one all-day event on each due date, for Outlook, Google Calendar or Thunderbird to subscribe to.
 * Open: in the latest revision of its recommendation, dated, and not completed. Each event's UID is the action's
 * id, so a re-import updates the event in place; SEQUENCE counts the versions a later import replaced (a moved
 * target raises it). An unknown owner is a 404 naming the closest role.
 */
@RestController
class OwnerCalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private static final String OWNER = "MATCH (o:Owner) WHERE $key IN o.keys RETURN o.id AS id, o.name AS name LIMIT 1";

	private static final String OPEN_ACTIONS = """
			MATCH (o:Owner {id: $owner})<-[:OWNED_BY]-(a:Action)<-[:HAS_ACTION]-(r:Recommendation)
			WHERE a.dueOn IS NOT NULL AND a.status <> 'COMPLETED' AND a.completedOn IS NULL
			  AND %s
			MATCH (i:Inspection {id: r.inspectionId})
			RETURN a.id AS id, a.text AS text, a.targetText AS target, a.dueOn AS dueOn, r.number AS number,
			       r.text AS recommendation, i.title AS inspection,
			       COUNT { MATCH (p:Promise) WHERE p.chain = a.chain } AS sequence
			ORDER BY a.dueOn, a.planOrder""".formatted(ActionWhere.inLatestRevision("a"));

	private static final String NAMES = "MATCH (o:Owner) RETURN o.name AS name, coalesce(o.aliases, []) AS aliases";

	private final Graph graph;

	OwnerCalendarController(Graph graph) {
		this.graph = graph;
	}

	@GetMapping("/calendar/owner/{name}.ics")
	ResponseEntity<?> calendar(@PathVariable String name) {
		List<Map<String, Object>> owner = this.graph.read(OWNER, Map.of("key", Keys.key(name)), r -> r.asMap());
		if (owner.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"no owner role named '" + name + "'" + didYouMean(name));
			problem.setTitle("Unknown owner");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		String ownerName = (String) owner.get(0).get("name");
		String explorer = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUriString();
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//inspection-graph//owner actions//EN");
		calendar.setName("Actions of " + ownerName);
		calendar.setDescription("Open actions of " + ownerName + " in the HMPPS action plans, on their due dates");
		Date now = new Date();
		this.graph.read(OPEN_ACTIONS, Map.of("owner", owner.get(0).get("id")), r -> {
			LocalDate due = r.get("dueOn").asLocalDate();
			String text = r.get("text").asString();
			VEvent event = new VEvent();
			event.setUid(r.get("id").asString() + "@inspection-graph");
			event.setSequence(r.get("sequence").asInt());
			event.setDateTimeStamp(now);
			event.setDateStart(new DateStart(day(due), false));
			event.setDateEnd(new DateEnd(day(due.plusDays(1)), false));
			event.setSummary("Due: recommendation " + r.get("number").asString() + " — "
					+ (text.length() > 120 ? text.substring(0, 120) + "…" : text));
			event.setDescription(text + "\n\nTarget: " + r.get("target").asString("") + "\nRecommendation "
					+ r.get("number").asString() + ": " + r.get("recommendation").asString() + "\nInspection: "
					+ r.get("inspection").asString());
			event.setUrl(explorer + "#sel=" + java.net.URLEncoder.encode(r.get("id").asString(),
					java.nio.charset.StandardCharsets.UTF_8));
			calendar.addEvent(event);
			return event;
		});
		return ResponseEntity.ok().contentType(CALENDAR).body(Biweekly.write(calendar).go());
	}

	/** ": did you mean '...'?" with the closest role name, or nothing when none is close. */
	private String didYouMean(String name) {
		record Scored(String name, double score) {
		}
		return this.graph.read(NAMES, Map.of(), r -> new Scored(r.get("name").asString(),
				FuzzyOwnerMatch.score(name, r.get("name").asString(), r.get("aliases").asList(v -> v.asString()))))
			.stream()
			.filter(s -> s.score() > 0)
			.max(Comparator.comparingDouble(Scored::score))
			.map(s -> "; did you mean '" + s.name() + "'?")
			.orElse("");
	}

	private static Date day(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
