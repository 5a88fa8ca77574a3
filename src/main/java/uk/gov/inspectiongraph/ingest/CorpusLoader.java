package uk.gov.inspectiongraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import uk.gov.inspectiongraph.graph.SchemaMigrations;

/**
 * Loads the corpus at start, before the web server takes requests (so no request sees a half-loaded graph):
 * every document in {@code corpus.dir} (default: the bundled corpus) that is new or changed. The load runs on
 * a thread of its own while Spring builds the rest of the context, and the refresh waits for it before it
 * finishes; the web server opens and readiness comes after that.
 */
@Component
public class CorpusLoader implements InitializingBean, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

	private final Importer importer;

	private final String dir;

	private final boolean loadOnStart;

	private CompletableFuture<List<ImportReport>> loading = CompletableFuture.completedFuture(List.of());

	public CorpusLoader(Importer importer, SchemaMigrations migrations, CorpusProperties properties) {
		this.importer = importer;
		this.dir = properties.dir();
		this.loadOnStart = properties.loadOnStart();
	}

	@Override
	public void afterPropertiesSet() {
		if (this.loadOnStart) {
			this.loading = CompletableFuture.supplyAsync(this::load, runnable -> {
				Thread thread = new Thread(runnable, "corpus-load");
				thread.setDaemon(true);
				thread.start();
			});
		}
	}

	private List<ImportReport> load() {
		long started = System.nanoTime();
		List<ImportReport> loaded = this.importer.importAll(this.dir.isBlank() ? bundled() : read(List.of(Path.of(this.dir))));
		log.info("Corpus loaded in {} ms: {} documents", (System.nanoTime() - started) / 1_000_000, loaded.size());
		return loaded;
	}

	/**
	 * Waits for the load once every other singleton is built: the context's refresh does not finish (nor the web
	 * server open, nor a training run's exit at refresh happen) before the graph is whole.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.loading.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException r ? r : ex;
		}
	}

	/** The load's reports (the refresh waited for it, or it failed). */
	public List<ImportReport> reports() {
		return this.loading.join();
	}

	static List<Importer.Source> bundled() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:data/corpus/*.txt");
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			List<Importer.Source> sources = new ArrayList<>();
			for (Resource r : resources) {
				try (var in = r.getInputStream()) {
					sources.add(new Importer.Source(r.getFilename(), in.readAllBytes()));
				}
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Files, and the regular files inside folders (not recursive), sorted by name: listed, not read (each is read
	 * when its turn to be imported comes).
	 */
	public static List<Importer.Source> read(List<Path> paths) {
		List<Importer.Source> sources = new ArrayList<>();
		for (Path path : paths) {
			try {
				if (Files.isDirectory(path)) {
					try (Stream<Path> files = Files.list(path)) {
						for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
							sources.add(Importer.Source.of(f));
						}
					}
				}
				else {
					sources.add(Importer.Source.of(path));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + path + ": " + ex.getMessage(), ex);
			}
		}
		return sources;
	}

}
