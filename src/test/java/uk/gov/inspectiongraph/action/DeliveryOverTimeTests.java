package uk.gov.inspectiongraph.action;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.gov.inspectiongraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slippage and delivery on the corpus, checked against a reading by hand of the two plans with updates:
 * the recall plan's "Update December 2021" rows and the post-release supervision plan's "Update (May 2020)" rows.
 */
@IntegrationTest
class DeliveryOverTimeTests {

	private static final String RECALL = "probation-recall-culture-practice-2020";

	private static final String POST_RELEASE = "post-release-supervision-short-term-prisoners-2019";

	/** A day after every date in the corpus, so that nothing is OPEN. */
	private static final String AS_OF = "2026-01-01";

	@Autowired
	HttpGraphQlTester graphQl;

	/**
	 * The recall plan, read by hand: recommendation, the date first promised, the date its update gives, and
	 * whether the update says why.
	 * <ul>
	 * <li>3: "March 2021 November 2021", then "Completed January 2022" ("A decision ... will be made by January
	 * 2022": no reason);</li>
	 * <li>4: "March 2021" and "November 2021", then "Completed January 2022" (no reason);</li>
	 * <li>5: "July 2021", then "March 2022": "extended into 2022 due to encouraging initial results";</li>
	 * <li>7: "June 2021", then "March 2022": "This review has necessitated a delay".</li>
	 * </ul>
	 * The other updates report the work completed or give no date.
	 */
	private static final Map<String, List<Object>> RECALL_DEFERRALS = Map.of(
			"3", List.of("2021-11-30", "2022-01-31", 62, false), "4", List.of("2021-11-30", "2022-01-31", 62, false),
			"5", List.of("2021-07-31", "2022-03-31", 243, true), "7", List.of("2021-06-30", "2022-03-31", 274, true));

	/**
	 * The post-release plan, read by hand: its update marks revised targets with '*'. Recommendations 4
	 * ("March 2020" to "*December 2021"), 7 ("March 2020" to "*September 2020"), 9 ("September 2019" to
	 * "*November 2020") and 11 ("October 2019" to "*March 2021", "Delays still exist based on HMCTS local
	 * capacity") moved a date the original gave; 3's revised targets ("*July 2022", "*September 2020") stand where the
	 * original printed "Completed" and "Ongoing", so no first date was moved.
	 */
	private static final Map<String, List<Object>> POST_RELEASE_DEFERRALS = Map.of(
			"4", List.of("2020-03-31", "2021-12-31", 640, false), "7", List.of("2020-03-31", "2020-09-30", 183, false),
			"9", List.of("2019-09-30", "2020-11-30", 427, false), "11", List.of("2019-10-31", "2021-03-31", 517, true));

	private List<Map<String, Object>> actions(String where) {
		return this.graphQl.document("""
				query { actions(where: %s, first: 500) { edges { node { id recommendation { number }
				  slippage { firstDueOn latestDueOn deferrals daysDeferred unexplainedDeferrals reasons }
				  delivery(asOf: "%s") { status completedOn basis measuredAgainst } } } } }""".formatted(where, AS_OF))
			.execute()
			.path("actions.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private static String number(Map<String, Object> action) {
		return (String) ((Map<?, ?>) action.get("recommendation")).get("number");
	}

	private Map<String, List<Object>> deferrals(String inspection) {
		Map<String, List<Object>> found = new TreeMap<>();
		for (Map<String, Object> a : actions("{inspection: \"%s\", deferred: true}".formatted(inspection))) {
			Map<?, ?> s = (Map<?, ?>) a.get("slippage");
			List<Object> row = List.of(s.get("firstDueOn"), s.get("latestDueOn"), s.get("daysDeferred"),
					(Integer) s.get("unexplainedDeferrals") == 0);
			List<Object> other = found.put(number(a), row);
			assertThat(other == null || other.equals(row)).as("one commitment per recommendation here").isTrue();
			assertThat(s.get("deferrals")).isEqualTo(1);
			assertThat(((List<?>) s.get("reasons")).isEmpty()).isEqualTo((Integer) s.get("unexplainedDeferrals") == 1);
		}
		return found;
	}

	private Set<String> recommendationsWith(String inspection, String status) {
		Set<String> found = new TreeSet<>();
		for (Map<String, Object> a : actions("{inspection: \"%s\", delivery: [%s], deliveryOn: \"%s\"}".formatted(inspection, status, AS_OF))) {
			assertThat(((Map<?, ?>) a.get("delivery")).get("status")).as("the filter and the field agree").isEqualTo(status);
			found.add(number(a));
		}
		return found;
	}

	@Test
	void theRecallPlansDeferralsAreTheDatesItsUpdatesMoved() {
		assertThat(deferrals(RECALL)).isEqualTo(new TreeMap<>(RECALL_DEFERRALS));
	}

	@Test
	void thePostReleasePlansDeferralsAreItsRevisedTargetsThatMovedAFirstDate() {
		assertThat(deferrals(POST_RELEASE)).isEqualTo(new TreeMap<>(POST_RELEASE_DEFERRALS));
	}

	@Test
	void workReportedDoneByTheFirstDateIsOnTimeAndAfterItLate() {
		// recall 8: "June 2021", and the update: "The national transition L&D plan was agreed and finalised in March 2021"
		assertThat(recommendationsWith(RECALL, "ON_TIME")).containsExactly("8");
		// recall 1, 2 and 6: "April 2021" / "March 2021", reported "Completed" by the December 2021 update, no date stated
		assertThat(recommendationsWith(RECALL, "LATE")).containsExactly("1", "2", "6");
		// post-release 8: "March 2020", and "This review concluded in the Autumn 2019"
		assertThat(recommendationsWith(POST_RELEASE, "ON_TIME")).containsExactly("8");
		// post-release 5: "September 2019", and the guidance "was published in March 2020"
		assertThat(actions("{inspection: \"%s\", recommendation: \"%s/5\"}".formatted(POST_RELEASE, POST_RELEASE)))
			.extracting(a -> a.get("delivery"))
			.containsOnly(Map.of("status", "LATE", "completedOn", "2020-03-31", "basis", "STATED", "measuredAgainst", "2019-09-30"));
		// recall 2's second action was printed "Completed" at submission: no date was ever promised
		assertThat(actions("{recommendation: \"%s/2\"}".formatted(RECALL)))
			.filteredOn(a -> a.get("id").equals(RECALL + "/2/a2"))
			.extracting(a -> (Object) ((Map<?, ?>) a.get("delivery")).get("status"))
			.containsExactly("UNDATED");
	}

	@Test
	void aDeferredCommitmentNotCompletedIsOverdueAgainstItsFirstDateThoughALaterDateStands() {
		List<Map<String, Object>> seven = actions("{recommendation: \"%s/7\"}".formatted(RECALL));
		assertThat(seven).extracting(a -> List.of(((Map<?, ?>) a.get("delivery")).get("status"),
				((Map<?, ?>) a.get("delivery")).get("measuredAgainst"), ((Map<?, ?>) a.get("slippage")).get("latestDueOn")))
			.containsOnly(List.of("OVERDUE", "2021-06-30", "2022-03-31"));
		List<Map<String, Object>> before = this.graphQl.document("""
				{ actions(where: {recommendation: "%s/7"}) { edges { node { delivery(asOf: "2021-06-01") { status } } } } }"""
			.formatted(RECALL))
			.execute()
			.path("actions.edges[*].node.delivery")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(before).containsOnly(Map.of("status", "OPEN"));
	}

	@Test
	void countsAddUpToTheActionsOwnStatusesAndSayWhatTheyAreMeasuredAgainst() {
		Map<String, Integer> byStatus = new TreeMap<>();
		for (Map<String, Object> a : actions("{}")) {
			byStatus.merge((String) ((Map<?, ?>) a.get("delivery")).get("status"), 1, Integer::sum);
		}
		Map<String, Object> stats = this.graphQl.document("""
				{ stats { delivery(asOf: "%s") { total onTime late open overdue undated measuredAgainst asOf } } }""".formatted(AS_OF))
			.execute()
			.path("stats.delivery")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(stats).containsEntry("onTime", byStatus.getOrDefault("ON_TIME", 0))
			.containsEntry("late", byStatus.getOrDefault("LATE", 0))
			.containsEntry("open", byStatus.getOrDefault("OPEN", 0))
			.containsEntry("overdue", byStatus.getOrDefault("OVERDUE", 0))
			.containsEntry("undated", byStatus.getOrDefault("UNDATED", 0))
			.containsEntry("total", byStatus.values().stream().mapToInt(Integer::intValue).sum())
			.containsEntry("measuredAgainst", "FIRST_DUE_DATE")
			.containsEntry("asOf", AS_OF);
		Map<String, Object> recall = this.graphQl.document("""
				{ inspection(id: "%s") { delivery(asOf: "%s") { total onTime onTimeShare } } }""".formatted(RECALL, AS_OF))
			.execute()
			.path("inspection.delivery")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		int onTime = actions("{inspection: \"%s\", delivery: [ON_TIME], deliveryOn: \"%s\"}".formatted(RECALL, AS_OF)).size();
		assertThat(onTime).isPositive();
		assertThat(recall.get("onTime")).isEqualTo(onTime);
		assertThat(recall.get("total")).isEqualTo(actions("{inspection: \"%s\"}".formatted(RECALL)).size());
		assertThat((Double) recall.get("onTimeShare")).isEqualTo((double) onTime / (Integer) recall.get("total"));
	}

	@Test
	void theTimelineListsCommitmentsThenUpdatesInTheOrderTheyWereMade() {
		List<Map<String, Object>> timeline = this.graphQl.document("""
				{ recommendation(inspection: "%s", number: "5") { timeline { madeOn kind label target { text } } } }""".formatted(RECALL))
			.execute()
			.path("recommendation.timeline")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(timeline).extracting(e -> List.of(e.get("madeOn"), e.get("kind"), e.get("label"),
				((Map<?, ?>) e.get("target")).get("text")))
			.containsExactly(List.of("2020-12-07", "ORIGINAL", "Action Plan Submitted", "July 2021"),
					List.of("2021-12-07", "REVISION", "Update December 2021", "March 2022"));
	}

}
