package uk.gov.inspectiongraph.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.util.MultiValueMap;

import uk.gov.inspectiongraph.action.ActionWhere;
import uk.gov.inspectiongraph.model.Agreement;
import uk.gov.inspectiongraph.model.DeliveryStatus;
import uk.gov.inspectiongraph.model.Progress;
import uk.gov.inspectiongraph.model.TargetStatus;
import uk.gov.inspectiongraph.query.BadRequestException;
import uk.gov.inspectiongraph.recommendation.RecommendationWhere;

/**
 * An export's query parameters read as the GraphQL {@code where} filter of the same name; a list takes its
 * values repeated or comma-separated. Anything else (an unknown name, a value that is not one of an enum's, a
 * date that is not {@code YYYY-MM-DD}) is a {@link BadRequestException} that says which and why.
 */
final class Filters {

	static final Set<String> ACTION = new TreeSet<>(List.of("owner", "ownerSearch", "inspection", "recommendation",
			"programme", "status", "dueBefore", "dueAfter", "overdueOn", "agreement", "revision", "text", "deferred",
			"deferredByDays", "delivery", "deliveryOn"));

	static final Set<String> RECOMMENDATION = new TreeSet<>(List.of("inspection", "agreement", "addressee",
			"programme", "progress", "text", "topLevel", "owner"));

	private final MultiValueMap<String, String> params;

	private Filters(MultiValueMap<String, String> params, Set<String> known) {
		this.params = params;
		for (String name : params.keySet()) {
			if (!known.contains(name)) {
				throw new BadRequestException("unknown filter '" + name + "'; the filters are " + String.join(", ", known));
			}
		}
	}

	static ActionWhere actions(MultiValueMap<String, String> params) {
		Filters f = new Filters(params, ACTION);
		return new ActionWhere(f.text("owner"), f.text("ownerSearch"), f.text("inspection"), f.text("recommendation"),
				f.text("programme"), f.values("status", TargetStatus.class), f.date("dueBefore"), f.date("dueAfter"),
				f.date("overdueOn"), f.values("agreement", Agreement.class), f.text("revision"), f.text("text"),
				f.bool("deferred"), f.integer("deferredByDays"), f.values("delivery", DeliveryStatus.class),
				f.date("deliveryOn"), null, null);
	}

	static RecommendationWhere recommendations(MultiValueMap<String, String> params) {
		Filters f = new Filters(params, RECOMMENDATION);
		return new RecommendationWhere(f.text("inspection"), f.values("agreement", Agreement.class), f.text("addressee"),
				f.text("programme"), f.values("progress", Progress.class), f.text("text"), f.bool("topLevel"), f.text("owner"),
				null, null);
	}

	private String text(String name) {
		List<String> values = this.params.get(name);
		if (values == null) {
			return null;
		}
		if (values.size() > 1) {
			throw new BadRequestException(name + " is given " + values.size() + " times; give it once");
		}
		return values.get(0);
	}

	private LocalDate date(String name) {
		String value = text(name);
		try {
			return value == null ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(name + " '" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2022-06-30");
		}
	}

	private Boolean bool(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			throw new BadRequestException(name + " '" + value + "' is neither true nor false");
		}
		return Boolean.valueOf(value);
	}

	private Integer integer(String name) {
		String value = text(name);
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(name + " '" + value + "' is not a whole number");
		}
	}

	private <E extends Enum<E>> List<E> values(String name, Class<E> type) {
		List<String> given = this.params.get(name);
		if (given == null) {
			return null;
		}
		List<E> out = new ArrayList<>();
		for (String value : given.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList()) {
			try {
				out.add(Enum.valueOf(type, value.toUpperCase().replace(' ', '_')));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException(name + " '" + value + "' is not one of "
						+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			}
		}
		return out;
	}

}
