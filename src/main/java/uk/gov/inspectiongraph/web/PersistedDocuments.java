package uk.gov.inspectiongraph.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.InMemoryPersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

import uk.gov.inspectiongraph.model.Hashes;

/**
 * Persisted documents by hash, graphql-java's own support for the Apollo scheme
 * ({@code extensions.persistedQuery.sha256Hash}): the contract's operations are registered at start, each as
 * the whole contract document and as the operation alone (printed by graphql-java's {@link AstPrinter}), and a
 * client may send the hash instead of the text. A hash sent with its text is checked against it and run, but
 * not kept: only the registered documents are held, so no client can grow the server's memory. Requests
 * without a hash go to the {@link DocumentCache}.
 */
final class PersistedDocuments extends ApolloPersistedQuerySupport {

	private final DocumentCache documents;

	private final List<Registered> registered;

	/** A registered document: its operation (null for the whole contract), hash and text. */
	record Registered(String operationName, String sha256, String document) {
	}

	private PersistedDocuments(List<Registered> registered, DocumentCache documents) {
		super(cache(registered));
		this.registered = registered;
		this.documents = documents;
	}

	static PersistedDocuments of(String contract, DocumentCache documents) {
		List<Registered> registered = new ArrayList<>();
		registered.add(new Registered(null, sha256(contract), contract));
		Document parsed = Parser.parse(contract);
		for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
			String text = AstPrinter.printAst(operation);
			registered.add(new Registered(operation.getName(), sha256(text), text));
		}
		return new PersistedDocuments(List.copyOf(registered), documents);
	}

	List<Registered> registered() {
		return this.registered;
	}

	/** Hex SHA-256 of the UTF-8 text, as Apollo clients compute it (and as documents are hashed at import). */
	static String sha256(String text) {
		return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The registered documents in graphql-java's in-memory cache; any other hash is run from its text, unkept. */
	private static PersistedQueryCache cache(List<Registered> registered) {
		InMemoryPersistedQueryCache.Builder builder = InMemoryPersistedQueryCache.newInMemoryPersistedQueryCache();
		registered.forEach(r -> builder.addQuery(r.sha256(), r.document()));
		InMemoryPersistedQueryCache held = builder.build();
		Set<Object> known = registered.stream().map(Registered::sha256).collect(Collectors.toSet());
		return (id, input, onMiss) -> {
			if (known.contains(id)) {
				return held.getPersistedQueryDocumentAsync(id, input, onMiss);
			}
			String text = input.getQuery();
			if (text == null || text.isBlank() || text.equals(PERSISTED_QUERY_MARKER)) {
				throw new PersistedQueryNotFound(id);
			}
			return CompletableFuture.completedFuture(onMiss.apply(text));
		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Optional<Object> id = getPersistedQueryId(input);
		if (id.isEmpty()) {
			return this.documents.getDocumentAsync(input, parseAndValidate);
		}
		return super.getDocumentAsync(input, parseAndValidate);
	}

}
