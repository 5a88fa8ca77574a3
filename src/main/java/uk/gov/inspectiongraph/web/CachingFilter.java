package uk.gov.inspectiongraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.gov.inspectiongraph.graph.ServiceProperties;

/**
 * Cacheable reads: a GET of {@code /graphql} or of an export carries an {@code ETag} made of the graph's
 * version and the configured {@code Cache-Control}; a request whose {@code If-None-Match} names the current
 * version is answered 304 without running anything. The version changes with every import that changes a
 * document, so a cache revalidates to new data as soon as there is some. Where the database cannot be asked, no
 * ETag is given (an answer made then must not be kept).
 */
@Component
@ConditionalOnWebApplication
class CachingFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CachingFilter.class);

	private final GraphVersion version;

	private final String cacheControl;

	private final String graphQlPath;

	CachingFilter(GraphVersion version, ServiceProperties properties, GraphQlProperties graphQl) {
		this.version = version;
		this.cacheControl = properties.http().cacheControl();
		this.graphQlPath = graphQl.getHttp().getPath();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || !(path.equals(this.graphQlPath) || path.startsWith("/export/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String etag;
		try {
			etag = "W/\"" + this.version.current() + "\"";
		}
		catch (RuntimeException ex) {
			log.debug("no ETag: the graph's version could not be read ({})", ex.getMessage());
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		if (!this.cacheControl.isBlank()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		chain.doFilter(request, response);
	}

	/** {@code If-None-Match} lists tags, weak or not, or {@code *}; compared weakly (RFC 9110). */
	private static boolean matches(String ifNoneMatch, String etag) {
		String opaque = etag.substring(2);
		for (String tag : ifNoneMatch.split(",")) {
			String t = tag.strip();
			if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

}
