/**
 * What the importer writes and the API reads alike: agreement, target status, progress, and the lookup key rule.
 * Depends on nothing else of the service.
 */
package uk.gov.inspectiongraph.model;
