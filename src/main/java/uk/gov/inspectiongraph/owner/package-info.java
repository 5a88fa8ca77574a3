/** Owner roles: exact and fuzzy lookup, and who owns what. */
package uk.gov.inspectiongraph.owner;
