package uk.gov.inspectiongraph.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Converts documents with LibreOffice headless ({@code soffice --headless --convert-to}), as a department's
 * LibreOffice exports a plan. Conversions are kept under {@code target/libreoffice}, named by the hash of what was
 * converted, so a second run of the tests converts nothing. Tests that need it are skipped when {@code soffice} is
 * not installed ({@code .ci/run} installs Debian's libreoffice-writer-nogui).
 */
final class LibreOffice {

	private static final Path CACHE = Path.of("target", "libreoffice");

	private LibreOffice() {
	}

	static boolean available() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, "soffice"))) {
				return true;
			}
		}
		return false;
	}

	/** Each named document converted to the format ("pdf", "odt"): the converted bytes by the same names. */
	static Map<String, byte[]> convert(Map<String, byte[]> documents, String extension, String format) {
		return convert(documents, extension, format, format, format);
	}

	/**
	 * Each named document converted by a filter ({@code --convert-to}'s argument, e.g. {@code pdf:writer_pdf_Export:
	 * {...}} with export options), kept under a name of its own: the converted bytes by the same names.
	 */
	static Map<String, byte[]> convert(Map<String, byte[]> documents, String extension, String format, String filter,
			String kept) {
		try {
			Path cache = CACHE.resolve(kept);
			Files.createDirectories(cache);
			Map<String, Path> targets = new LinkedHashMap<>();
			List<Path> missing = new ArrayList<>();
			for (Map.Entry<String, byte[]> d : documents.entrySet()) {
				String hash = sha256(d.getValue());
				Path source = cache.resolve(hash + "." + extension);
				Path target = cache.resolve(hash + "." + format);
				targets.put(d.getKey(), target);
				if (!Files.exists(target)) {
					Files.write(source, d.getValue());
					missing.add(source);
				}
			}
			if (!missing.isEmpty()) {
				run(missing, format, filter, cache);
			}
			Map<String, byte[]> out = new LinkedHashMap<>();
			for (Map.Entry<String, Path> t : targets.entrySet()) {
				out.put(t.getKey(), Files.readAllBytes(t.getValue()));
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(List<Path> sources, String format, String filter, Path cache) throws IOException {
		Path profile = Files.createTempDirectory("soffice-profile");
		List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--norestore", "--convert-to", filter, "--outdir", cache.toString()));
		sources.forEach(s -> command.add(s.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(cache.resolve("soffice.log").toFile())
			.start();
		try {
			// a guard against a hung office, not a speed limit
			if (!process.waitFor(30, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("soffice did not finish converting " + sources.size() + " documents");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		for (Path s : sources) {
			String name = s.getFileName().toString();
			Path target = cache.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
			if (!Files.exists(target)) {
				throw new IllegalStateException("soffice did not convert " + s + ": see " + cache.resolve("soffice.log"));
			}
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 24);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
