package uk.gov.inspectiongraph.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Today" for every date a request does not name (overdue, due soon): the service's clock in Europe/London,
 * where the plans' dates are set. Bound as {@code $today} into every root query at run time, never into a
 * cached translation, so that an answer is right across midnight. A {@link Clock} bean replaces the clock.
 */
@Component
public class Today {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** The parameter every root query binds to today's date. */
	public static final String PARAMETER = "today";

	private final Clock clock;

	public Today(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(() -> Clock.system(LONDON));
	}

	public LocalDate get() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

}
