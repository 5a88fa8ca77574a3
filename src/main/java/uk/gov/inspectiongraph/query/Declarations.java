package uk.gov.inspectiongraph.query;

import java.util.List;

/** A feature package's field definitions ({@link TypeDef}), collected by the {@link Translator}. */
public interface Declarations {

	List<TypeDef> types();

}
