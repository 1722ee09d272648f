package com.jobboard.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The words of the OpenAPI description that springdoc generates at {@code /v3/api-docs}
 * (the reference page is {@code /api/docs}): what each operation and parameter means, and
 * the errors, which are problem details ({@link ApiProblems}) written by
 * {@link ApiExceptionHandler} and {@link ApiProblemFilter} rather than by the handler
 * methods, so springdoc cannot see them. Kept here so that the controllers stay plain
 * Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	private static final Map<String, String> SUMMARIES = Map.of("/api", "Where the lists are", "/api/",
			"Where the lists are (same as /api)", "/api/companies", "Search the public companies",
			"/api/companies/{slug}", "One public company, with its open jobs", "/api/jobs", "Search the open jobs",
			"/api/jobs/{id}", "One published job");

	private static final Map<String, String> DESCRIPTIONS = Map.of("/api",
			"The absolute addresses of the lists, so that a client needs to know one address.", "/api/",
			"The absolute addresses of the lists, so that a client needs to know one address.", "/api/companies",
			"Public companies, by name, a page at a time.", "/api/companies/{slug}",
			"A slug the company used before answers 301 with the current address, as the profile page does.",
			"/api/jobs",
			"The filters of /jobs; keyword matches come best first unless a sort is given, otherwise newest first.",
			"/api/jobs/{id}",
			"Closed jobs answer too, with status CLOSED; drafts and jobs of hidden companies are 404.");

	private static final Map<String, String> PARAMETERS = Map.of("q",
			"Words to find (in the name; for jobs also in the title, description and company name); blank for all.",
			"sector", "A sector's slug; blank for every sector.", "location",
			"Words to find in the job's location; blank for anywhere.", "type",
			"One kind of employment; absent for all.", "remote", "true for remote jobs only.", "sort",
			"The order: newest first unless asked otherwise (best match first when q is given and sort is not).",
			"page", "The page, from 1.", "size", "Items per page.", "slug",
			"The company's slug, as in its profile address.", "id", "The job's number.");

	@Bean
	OpenApiCustomizer apiDocumentationCustomizer() {
		return ApiDocumentation::describe;
	}

	static void describe(OpenAPI openApi) {
		openApi.info(new Info().title("Job board API")
			.version("1")
			.description("The public, read-only JSON API of the job board: the public companies and the open jobs. "
					+ "No sign-in; readable from any web origin. Answers carry an ETag (send If-None-Match to get 304) "
					+ "and may be cached for a minute. Every error is RFC 9457 problem details "
					+ "(application/problem+json)."));
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.components(components);
		Map<String, Schema> problemSchemas = ModelConverters.getInstance(true).readAll(ApiProblems.Problem.class);
		problemSchemas.forEach(components::addSchemas);
		describeProblem(components.getSchemas());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (method == PathItem.HttpMethod.GET) {
				describe(path, operation);
			}
		}));
	}

	private static void describe(String path, Operation operation) {
		operation.summary(SUMMARIES.get(path)).description(DESCRIPTIONS.get(path));
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				parameter.description(PARAMETERS.get(parameter.getName()));
				Schema<?> schema = parameter.getSchema();
				if ("page".equals(parameter.getName()) && schema != null) {
					schema.minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ApiPaging.MAX_PAGE));
				}
				if ("size".equals(parameter.getName()) && schema != null) {
					schema.minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ApiPaging.MAX_SIZE));
				}
			}
		}
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.responses(responses);
		ApiResponse ok = responses.get("200");
		if (ok != null) {
			ok.description("OK").addHeaderObject(HttpHeaders.ETAG, header("The version of this answer."));
		}
		responses.addApiResponse("304", new ApiResponse().description("Not modified: the If-None-Match matched."));
		boolean list = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch((parameter) -> "page".equals(parameter.getName()));
		if (list) {
			responses.addApiResponse("400",
					problem("A parameter could not be used: invalidParams says which and why."));
		}
		if (path.endsWith("}")) {
			responses.addApiResponse("404", problem("There is no such public company or published job."));
		}
		if (path.equals("/api/companies/{slug}")) {
			responses.addApiResponse("301", new ApiResponse().description("The company's slug changed: moved here.")
				.addHeaderObject(HttpHeaders.LOCATION, header("The company's current address in the API.")));
		}
		responses.addApiResponse("405", problem("Only GET (and HEAD) are answered."));
		responses.addApiResponse("406", problem("The Accept header rules out JSON."));
		responses.addApiResponse("500", problem("Something went wrong on the server."));
		responses.addApiResponse("503",
				problem("The database is out of reach for a moment; Retry-After says when to try again.")
					.addHeaderObject(HttpHeaders.RETRY_AFTER, header("Seconds to wait.")));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(ApiProblems.PROBLEM_JSON.toString(),
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Header header(String description) {
		return new Header().description(description)
			.schema(new Schema<String>().type("string").types(Set.of("string")));
	}

	@SuppressWarnings("rawtypes")
	private static void describeProblem(Map<String, Schema> schemas) {
		Schema<?> problem = schemas.get(PROBLEM);
		if (problem != null) {
			problem.description("RFC 9457 problem details, the body of every error.");
			describeProperty(problem, "type", "Always about:blank: the status says what kind of problem it is.");
			describeProperty(problem, "title", "The status's reason phrase.");
			describeProperty(problem, "status", "The HTTP status.");
			describeProperty(problem, "detail", "What went wrong, for the client's developer.");
			describeProperty(problem, "instance", "The path that was asked for.");
			describeProperty(problem, "invalidParams", "On a 400: the parameters that could not be used.");
		}
		Schema<?> invalid = schemas.get("InvalidParam");
		if (invalid != null) {
			invalid.description("A parameter that could not be used.");
			describeProperty(invalid, "name", "The parameter.");
			describeProperty(invalid, "reason", "What is wrong with it.");
		}
	}

	private static void describeProperty(Schema<?> schema, String name, String description) {
		if (schema.getProperties() != null && schema.getProperties().get(name) != null) {
			schema.getProperties().get(name).description(description);
		}
	}

}
