package uk.gov.inspectiongraph.ingest.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Keys;

/**
 * The curated vocabulary ({@code data/vocabulary.yaml}): programmes, policies, systems, organisations,
 * topics and external documents, each with aliases, and which owner roles belong to which programme.
 */
public final class Vocabulary {

	/** The kinds of things a recommendation or action can mention. */
	public enum Kind {

		PROGRAMME, POLICY, SYSTEM, ORGANISATION, TOPIC, DOCUMENT

	}

	/** One curated entry. */
	public record Entry(String id, Kind kind, String name, List<String> aliases, List<String> owners) {

		public List<String> keys() {
			Set<String> keys = new LinkedHashSet<>();
			keys.add(Keys.key(this.name));
			this.aliases.forEach(a -> keys.add(Keys.key(a)));
			return List.copyOf(keys);
		}

	}

	private final List<Entry> entries;

	private final PhraseMatcher<Entry> matcher = new PhraseMatcher<>();

	private Vocabulary(List<Entry> entries) {
		this.entries = List.copyOf(entries);
		for (Entry entry : entries) {
			this.matcher.add(entry.name(), entry);
			entry.aliases().forEach(alias -> this.matcher.add(alias, entry));
		}
	}

	public static Vocabulary load(InputStream yaml) {
		try (yaml) {
			Map<String, List<Map<String, Object>>> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			List<Entry> entries = new ArrayList<>();
			read(root, "programmes", Kind.PROGRAMME, entries);
			read(root, "policies", Kind.POLICY, entries);
			read(root, "systems", Kind.SYSTEM, entries);
			read(root, "organisations", Kind.ORGANISATION, entries);
			read(root, "topics", Kind.TOPIC, entries);
			read(root, "documents", Kind.DOCUMENT, entries);
			return new Vocabulary(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Vocabulary bundled() {
		return load(Vocabulary.class.getResourceAsStream("/data/vocabulary.yaml"));
	}

	@SuppressWarnings("unchecked")
	private static void read(Map<String, List<Map<String, Object>>> root, String section, Kind kind, List<Entry> into) {
		for (Map<String, Object> item : root.getOrDefault(section, List.of())) {
			String name = String.valueOf(item.get("name"));
			List<String> aliases = ((List<Object>) item.getOrDefault("aliases", List.of())).stream()
				.map(String::valueOf)
				.toList();
			List<String> owners = ((List<Object>) item.getOrDefault("owners", List.of())).stream()
				.map(String::valueOf)
				.toList();
			String prefix = kind == Kind.DOCUMENT ? "doc-" : "";
			into.add(new Entry(prefix + Text.slug(name), kind, name, aliases, owners));
		}
	}

	public List<Entry> entries() {
		return this.entries;
	}

	/** Entries of the given kinds named in the text, each once, in order of first mention. */
	public List<Entry> mentionsIn(String text, Set<Kind> kinds) {
		Set<Entry> found = new LinkedHashSet<>();
		for (PhraseMatcher.Hit<Entry> hit : this.matcher.find(text)) {
			if (kinds.contains(hit.value().kind())) {
				found.add(hit.value());
			}
		}
		return List.copyOf(found);
	}

	public List<PhraseMatcher.Hit<Entry>> hitsIn(String text) {
		return this.matcher.find(text);
	}

	private final Map<String, List<Entry>> programmesByOwner = new java.util.concurrent.ConcurrentHashMap<>();

	/** Programmes an owner role belongs to: listed under the programme, or naming it in the role title. */
	public List<Entry> programmesOf(String ownerName) {
		return this.programmesByOwner.computeIfAbsent(ownerName, this::findProgrammesOf);
	}

	private List<Entry> findProgrammesOf(String ownerName) {
		String ownerKey = Keys.key(ownerName);
		List<Entry> programmes = new ArrayList<>();
		for (Entry entry : this.entries) {
			if (entry.kind() != Kind.PROGRAMME) {
				continue;
			}
			boolean listed = entry.owners().stream().anyMatch(o -> Keys.key(o).equals(ownerKey));
			boolean named = this.matcher.find(ownerName).stream().anyMatch(h -> h.value() == entry
					&& entry.name().toLowerCase(Locale.ROOT).endsWith("programme"));
			if (listed || named) {
				programmes.add(entry);
			}
		}
		return programmes;
	}

}
