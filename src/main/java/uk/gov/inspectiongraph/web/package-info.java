/**
 * GraphQL over HTTP: the GraphQL configuration (scalars, instrumentation, limits), the shape of every error
 * ({@code GraphQlErrors}, {@code GraphQlHttp} for 503 and complete answers), persisted documents and the parsed
 * document cache, GET requests with ETags and caching, CORS of the exports, request metrics and explain.
 */
package uk.gov.inspectiongraph.web;
