package uk.gov.inspectiongraph.ingest.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import uk.gov.inspectiongraph.ingest.read.Text;
import uk.gov.inspectiongraph.model.Keys;

/**
 * Reads the "Responsible Owner" cell into canonical roles ({@code data/owners.yaml}). A cell naming two roles
 * joined by '&amp;', 'and', '/' or run together is two owners; a role whose own title contains '&amp;' stays one.
 */
public final class OwnerDirectory {

	/** A canonical owner role. */
	public record Role(String id, String name, List<String> aliases) {

		public List<String> keys() {
			Set<String> keys = new LinkedHashSet<>();
			keys.add(Keys.key(this.name));
			this.aliases.forEach(a -> keys.add(Keys.key(a)));
			return List.copyOf(keys);
		}

	}

	/** Roles read from one cell, and what could not be read cleanly. */
	public record Resolution(List<Role> roles, List<Warning.Note> warnings) {
	}

	/** Where an unknown cell fragment splits into two roles: a joiner followed by the start of a role title. */
	private static final Pattern ROLE_SPLIT = Pattern.compile(
			"\\s*(?:&|\\band\\b|/|\\.(?=\\s))\\s*(?=(?:Deputy|Director|Head|Chief|Executive|Senior|Regional|Probation|Principal|Assistant)\\b)"
					+ "|(?<=[a-z)])(?<!Deputy|Assistant|Acting|Interim|Senior|Regional|Probation|Divisional)\\s+(?=(?:Deputy Director|Senior Responsible Officer|Executive Director|Head of|Chief Probation Officer|Probation Deputy Director)\\b)");

	private static final Pattern CONNECTOR_END = Pattern.compile("([&/,.;]|\\band)$");

	private final List<Role> roles;

	private final PhraseMatcher<Role> matcher = new PhraseMatcher<>();

	private OwnerDirectory(List<Role> roles) {
		this.roles = roles;
		for (Role role : roles) {
			this.matcher.add(role.name(), role);
			role.aliases().forEach(a -> this.matcher.add(a, role));
		}
	}

	public static OwnerDirectory bundled() {
		return load(OwnerDirectory.class.getResourceAsStream("/data/owners.yaml"));
	}

	@SuppressWarnings("unchecked")
	public static OwnerDirectory load(InputStream yaml) {
		try (yaml) {
			Map<String, List<Map<String, Object>>> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			List<Role> roles = new ArrayList<>();
			for (Map<String, Object> item : root.getOrDefault("roles", List.of())) {
				String name = String.valueOf(item.get("name"));
				List<String> aliases = ((List<Object>) item.getOrDefault("aliases", List.of())).stream()
					.map(String::valueOf)
					.toList();
				roles.add(new Role(Text.slug(name), name, aliases));
			}
			return new OwnerDirectory(roles);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The canonical role for a name or alias (ignoring case, punctuation and spacing), or null. */
	public Role lookup(String name) {
		String key = Keys.key(name);
		return this.roles.stream().filter(r -> r.keys().contains(key)).findFirst().orElse(null);
	}

	public Resolution resolve(String cell) {
		String text = Text.clean(cell).replaceAll("[.\\s]+$", "");
		List<Role> found = new ArrayList<>();
		List<Warning.Note> warnings = new ArrayList<>();
		if (text.isEmpty()) {
			return new Resolution(found, warnings);
		}
		int last = 0;
		for (PhraseMatcher.Hit<Role> hit : this.matcher.find(text)) {
			String before = text.substring(last, hit.start()).strip();
			if (!before.isEmpty() && !CONNECTOR_END.matcher(before).find()) {
				// glued to the words before it ("Deputy Chief Probation Officer"): a different, longer role
				continue;
			}
			readUnknown(text.substring(last, hit.start()), found, warnings);
			if (!found.contains(hit.value())) {
				found.add(hit.value());
			}
			last = hit.end();
		}
		readUnknown(text.substring(last), found, warnings);
		return new Resolution(found, warnings);
	}

	private void readUnknown(String fragment, List<Role> into, List<Warning.Note> warnings) {
		String rest = fragment.replaceAll("^[\\s&/,.;]*(and\\b)?[\\s&/,.;]*", "")
			.replaceAll("[\\s&/,.;]*(\\band)?[\\s&/,.;]*$", "")
			.strip();
		if (rest.isEmpty()) {
			return;
		}
		for (String part : ROLE_SPLIT.split(rest)) {
			String name = part.strip().replaceAll("[.,;]+$", "");
			if (name.isEmpty()) {
				continue;
			}
			Role known = lookup(name);
			if (known != null) {
				if (!into.contains(known)) {
					into.add(known);
				}
				continue;
			}
			Role completed = completeTruncated(name);
			if (completed != null) {
				warnings.add(new Warning.Note(Warning.Kind.COMPLETED_OWNER,
						"owner '" + name + "' read as '" + completed.name() + "' (cut short in the document)"));
				if (!into.contains(completed)) {
					into.add(completed);
				}
				continue;
			}
			Role role = new Role(Text.slug(name), name, List.of());
			warnings.add(new Warning.Note(Warning.Kind.UNKNOWN_OWNER,
					"owner '" + name + "' is no known role (data/owners.yaml): kept as printed"));
			if (!into.contains(role)) {
				into.add(role);
			}
		}
	}

	/** A fragment the extraction cut short ("Deputy Director Strateg") whose key starts exactly one known role. */
	private Role completeTruncated(String name) {
		String key = Keys.key(name);
		if (key.length() < 12) {
			return null;
		}
		List<Role> candidates = this.roles.stream()
			.filter(r -> r.keys().stream().anyMatch(k -> k.startsWith(key)))
			.toList();
		return candidates.size() == 1 ? candidates.get(0) : null;
	}

	/** Whether a cell starts with a role title rather than the rest of one cut by a page break. */
	public boolean startsWithRole(String cell) {
		String text = Text.clean(cell);
		List<PhraseMatcher.Hit<Role>> hits = this.matcher.find(text);
		return (!hits.isEmpty() && hits.get(0).start() == 0) || ROLE_START.matcher(text).lookingAt();
	}

	private static final Pattern ROLE_START = Pattern.compile(
			"(Deputy|Director|Head|Chief|Executive|Senior|Regional|Probation|Principal|Assistant|NPS|MoJ|HMPPS|EM)\\b");

	/** Known roles named anywhere in a text, in text order. */
	public List<PhraseMatcher.Hit<Role>> rolesIn(String text) {
		return this.matcher.find(text);
	}

	public List<Role> roles() {
		return this.roles;
	}

}
