package com.jobboard.api;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /v3/api-docs}: valid OpenAPI 3.1, describing every
 * endpoint of the JSON API and nothing else; and the reference page at {@code /api/docs},
 * which loads under the site's Content-Security-Policy.
 */
@IntegrationTest
class OpenApiDocumentIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private OpenAPI document() throws Exception {
		HttpResponse<String> response = HttpPages.plain(this.port).get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		// For reading after a run.
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), response.body());
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, options);
		assertThat(result.getMessages()).as("messages of the OpenAPI parser").isEmpty();
		return result.getOpenAPI();
	}

	@Test
	void documentIsOpenApi31() throws Exception {
		OpenAPI document = document();
		assertThat(document.getOpenapi()).startsWith("3.1.");
		assertThat(document.getInfo().getTitle()).isNotBlank();
	}

	@Test
	void everyApiEndpointIsDescribedWithItsMethod() throws Exception {
		OpenAPI document = document();
		List<String> expected = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().equals(ApiIndexController.class.getPackageName())) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.equals("/api") || pattern.startsWith("/api/")) {
					for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
						expected.add(method + " " + pattern);
					}
				}
			}
		}
		assertThat(expected).contains("GET /api", "GET /api/companies", "GET /api/companies/{slug}", "GET /api/jobs",
				"GET /api/jobs/{id}");
		List<String> described = new ArrayList<>();
		document.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.keySet()
				.forEach((method) -> described.add(method.name() + " " + path)));
		assertThat(described).containsAll(expected);
		assertThat(document.getPaths().keySet()).as("only the JSON API is described")
			.allSatisfy((path) -> assertThat(path).matches("/api(/.*)?"));
	}

	@Test
	void everyOperationHasASummaryAndDescribesItsProblems() throws Exception {
		OpenAPI document = document();
		document.getPaths().forEach((path, item) -> {
			for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry : item.readOperationsMap()
				.entrySet()) {
				io.swagger.v3.oas.models.Operation operation = entry.getValue();
				assertThat(operation.getSummary()).as("summary of %s %s", entry.getKey(), path).isNotBlank();
				assertThat(operation.getResponses()).as("responses of %s %s", entry.getKey(), path).containsKey("200");
				operation.getResponses()
					.forEach((status, response) -> assertThat(response.getDescription())
						.as("description of %s %s %s", status, entry.getKey(), path)
						.isNotBlank());
			}
		});
		assertThat(document.getComponents().getSchemas()).containsKey("Problem");
		assertThat(document.getPaths().get("/api/jobs/{id}").getGet().getResponses().get("404").getContent())
			.containsKey("application/problem+json");
	}

	@Test
	void referencePageLoadsUnderTheContentSecurityPolicy() throws Exception {
		HttpPages web = HttpPages.plain(this.port);
		HttpResponse<String> docs = web.get("/api/docs");
		String path = "/api/docs";
		int redirects = 0;
		while (docs.statusCode() / 100 == 3 && redirects++ < 5) {
			path = URI.create(web.base() + path).resolve(docs.headers().firstValue("Location").orElseThrow()).getPath();
			docs = web.get(path);
		}
		assertThat(docs.statusCode()).as("GET " + path).isEqualTo(200);
		assertThat(docs.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval"));
		String page = docs.body();
		assertThat(page).contains("id=\"swagger-ui\"");
		// No inline script or style: every script has a src, and there is no style
		// element or attribute.
		assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(page).find()).as("inline script").isFalse();
		assertThat(page).doesNotContain("<style").doesNotContain("style=");
		Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+\\.(?:js|css))\"").matcher(page);
		URI base = URI.create(web.base() + path);
		int found = 0;
		while (assets.find()) {
			found++;
			String asset = base.resolve(assets.group(1)).getPath();
			HttpResponse<String> response = web.get(asset);
			assertThat(response.statusCode()).as("GET " + asset).isEqualTo(200);
		}
		assertThat(found).isGreaterThanOrEqualTo(3);
		HttpResponse<String> initializer = web.get(base.resolve("swagger-initializer.js").getPath());
		assertThat(initializer.body()).contains("/v3/api-docs");
	}

}
