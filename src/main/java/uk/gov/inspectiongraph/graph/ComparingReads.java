package uk.gov.inspectiongraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.neo4j.driver.Record;

/**
 * Every read both ways, in-process and over Bolt, and a failure when their records differ
 * ({@code neo4j.embedded.reads=both}, the tests' setting): the whole suite then checks that the two read paths
 * answer alike. A read that differs is tried again twice before it counts as different, since a concurrent
 * import may commit between the two. An error of the in-process path is the answer.
 */
final class ComparingReads implements Reads {

	private final Reads answer;

	private final Reads check;

	ComparingReads(Reads answer, Reads check) {
		this.answer = answer;
		this.check = check;
	}

	@Override
	public List<Record> all(String cypher, Map<String, Object> parameters, Duration timeout) {
		return compared(path -> path.all(cypher, parameters, timeout), cypher, parameters);
	}

	@Override
	public List<Object> column(String cypher, Map<String, Object> parameters, Duration timeout, String column,
			IntFunction<Map<String, Object>> maps) {
		return compared(path -> path.column(cypher, parameters, timeout, column, maps), cypher, parameters);
	}

	/** The answer's reading, once the check's reading equals it. */
	private <T> T compared(Function<Reads, T> read, String cypher, Map<String, Object> parameters) {
		T answered = null;
		T checked = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			answered = read.apply(this.answer);
			checked = read.apply(this.check);
			if (answered.equals(checked)) {
				return answered;
			}
		}
		throw new IllegalStateException("the read paths answer differently: " + this.answer.name() + " " + answered + ", "
				+ this.check.name() + " " + checked + " to " + cypher + " with " + parameters);
	}

	@Override
	public void stream(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> consumer) {
		List<Record> records = new ArrayList<>();
		this.answer.stream(cypher, parameters, timeout, records::add);
		List<Record> checked = new ArrayList<>();
		this.check.stream(cypher, parameters, timeout, checked::add);
		if (!records.equals(checked)) {
			throw new IllegalStateException("the read paths stream differently: " + records.size() + " and " + checked.size()
					+ " records to " + cypher);
		}
		records.forEach(consumer);
	}

	@Override
	public String name() {
		return "both";
	}

}
