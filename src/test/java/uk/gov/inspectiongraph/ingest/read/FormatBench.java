package uk.gov.inspectiongraph.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import uk.gov.inspectiongraph.bench.CorpusGenerator;
import uk.gov.inspectiongraph.ingest.DocumentReader;
import uk.gov.inspectiongraph.ingest.plan.OwnerDirectory;
import uk.gov.inspectiongraph.ingest.plan.PublishedWriters;
import uk.gov.inspectiongraph.ingest.plan.Vocabulary;

/**
 * Reading throughput per published format against text: N generated plans, each written as DOCX, ODT and PDF
 * (as {@code PublishedWriters} writes them for the tests) and, where LibreOffice is installed, into the HMPPS
 * template ({@link TemplateDocx}) converted by LibreOffice to a tagged and an untagged PDF, read by the importer's
 * {@link DocumentReader} after a warm-up round. The database writes that follow are the same for every format (see the import benchmark).
 *
 * <p>Usage: {@code FormatBench N SEED}
 */
public final class FormatBench {

	private FormatBench() {
	}

	public static void main(String[] args) {
		int n = Integer.parseInt(args[0]);
		CorpusGenerator generator = new CorpusGenerator(Long.parseLong(args[1]));
		DocumentReader reader = new DocumentReader(Vocabulary.bundled(), OwnerDirectory.bundled());
		List<byte[]> texts = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			texts.add(generator.plan(i).getBytes(StandardCharsets.UTF_8));
		}
		List<PublishedWriters.Plan> plans = texts.stream()
			.map(t -> PublishedWriters.plan(Arrays.asList(new String(t, StandardCharsets.UTF_8).split("\n"))))
			.toList();
		System.out.println("| format | plans | pages | total MB | read time | plans/s | pages/s | vs text |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		double text = row("text", texts, reader, 0);
		row("docx", plans.stream().map(PublishedWriters::docx).toList(), reader, text);
		row("odt", plans.stream().map(PublishedWriters::odt).toList(), reader, text);
		row("pdf (own writer)", plans.stream().map(PublishedWriters::pdf).toList(), reader, text);
		if (LibreOffice.available()) {
			// the HMPPS template converted by LibreOffice, as published plans are made
			Map<String, byte[]> docx = new LinkedHashMap<>();
			for (int i = 0; i < plans.size(); i++) {
				docx.put("plan-" + i, TemplateDocx.docx(plans.get(i), TemplateDocx.Layout.portrait("Arial")));
			}
			row("docx (template)", List.copyOf(docx.values()), reader, text);
			row("pdf (LibreOffice, tagged)", List.copyOf(LibreOffice.convert(docx, "docx", "pdf",
					"pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}", "tagged-pdf")
				.values()), reader, text);
			row("pdf (LibreOffice, untagged)", List.copyOf(LibreOffice.convert(docx, "docx", "pdf").values()), reader, text);
		}
	}

	private static int pages(byte[] file) {
		if (file.length < 5 || file[0] != '%' || file[1] != 'P') {
			return 0;
		}
		try (PDDocument pdf = Loader.loadPDF(file)) {
			return pdf.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double row(String format, List<byte[]> files, DocumentReader reader, double textRate) {
		Function<Integer, Integer> readAll = round -> {
			int recs = 0;
			for (int i = 0; i < files.size(); i++) {
				recs += reader.read("plan-" + i + "." + format, files.get(i)).recommendations.size();
			}
			return recs;
		};
		readAll.apply(0);
		long started = System.nanoTime();
		readAll.apply(1);
		double seconds = (System.nanoTime() - started) / 1e9;
		double rate = files.size() / seconds;
		long bytes = files.stream().mapToLong(b -> b.length).sum();
		int pages = files.stream().mapToInt(FormatBench::pages).sum();
		System.out.printf("| %s | %d | %s | %.1f | %.2f s | %.0f | %s | %s |%n", format, files.size(),
				pages == 0 ? "-" : pages, bytes / 1e6, seconds, rate, pages == 0 ? "-" : String.format("%.0f", pages / seconds),
				textRate == 0 ? "1.00" : String.format("%.2f", rate / textRate));
		return rate;
	}

}
