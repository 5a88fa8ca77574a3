package uk.gov.inspectiongraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
		List<Record> answered = null;
		List<Record> checked = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			answered = this.answer.all(cypher, parameters, timeout);
			checked = this.check.all(cypher, parameters, timeout);
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
