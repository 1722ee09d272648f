package com.jobboard.hostile;

import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.ui.ModelMap;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every endpoint of the application as the hostile-input tests see it, read from Spring
 * MVC's handler mappings: its method, address pattern, and the request parameters it
 * binds (named {@code @RequestParam}s, and the fields of form objects and records such as
 * {@code JobSearch}). What the discovery cannot turn into a request is reported, so a new
 * kind of endpoint cannot slip past the tests unexercised.
 */
final class Endpoints {

	/** Framework-supplied handler arguments: nothing a client sends. */
	private static final List<Class<?>> FRAMEWORK_TYPES = List.of(Model.class, ModelMap.class, Errors.class,
			RedirectAttributes.class, ServletRequest.class, ServletResponse.class, HttpSession.class, Locale.class,
			TimeZone.class, ZoneId.class, Principal.class, Authentication.class, WebRequest.class,
			UriComponentsBuilder.class, SessionStatus.class, InputStream.class, Reader.class, OutputStream.class,
			Writer.class);

	private Endpoints() {
	}

	/** What a client can send to one field of an endpoint. */
	record Field(String name, Class<?> type, boolean multiple) {

		boolean isFile() {
			return MultipartFile.class.isAssignableFrom(this.type);
		}

		boolean isText() {
			return CharSequence.class.isAssignableFrom(this.type) || this.type == Object.class;
		}

	}

	/**
	 * One handler method at one address for one HTTP method.
	 *
	 * @param required parameters the mapping requires (its {@code params} condition) with
	 * the value to send
	 * @param absent parameters the mapping requires to be absent
	 * @param json the fields go in a JSON body ({@code @RequestBody}) rather than as
	 * parameters
	 */
	record Endpoint(RequestMethod method, String pattern, List<Field> fields, Map<String, String> required,
			Set<String> absent, boolean json, String handler) {

		boolean multipart() {
			return this.fields.stream().anyMatch(Field::isFile);
		}

		List<String> pathVariables() {
			List<String> names = new ArrayList<>();
			java.util.regex.Matcher matcher = HostileFixture.VARIABLE.matcher(this.pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		@Override
		public String toString() {
			String conditions = (this.required.isEmpty() ? "" : " " + this.required.keySet())
					+ (this.absent.isEmpty() ? "" : " !" + this.absent);
			return this.method + " " + this.pattern + conditions;
		}

	}

	/**
	 * The endpoints found, and what could not be understood (each a reason, naming the
	 * handler).
	 */
	record Discovery(List<Endpoint> endpoints, List<String> unsupported) {
	}

	/**
	 * Reads the endpoints of every handler mapping: Spring MVC's own
	 * ({@link RequestMappingHandlerMapping}, the controllers) and the actuator's.
	 */
	static Discovery discover(Collection<? extends RequestMappingInfoHandlerMapping> mappings) {
		Map<String, Endpoint> endpoints = new LinkedHashMap<>();
		List<String> unsupported = new ArrayList<>();
		for (RequestMappingInfoHandlerMapping mapping : mappings) {
			Discovery found = discover(mapping);
			found.endpoints().forEach((endpoint) -> endpoints.putIfAbsent(endpoint.toString(), endpoint));
			unsupported.addAll(found.unsupported());
		}
		List<Endpoint> sorted = new ArrayList<>(endpoints.values());
		sorted.sort(Comparator.comparing(Endpoint::pattern)
			.thenComparing(Endpoint::method)
			.thenComparing(Endpoint::toString));
		return new Discovery(sorted, unsupported);
	}

	static Discovery discover(RequestMappingInfoHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		List<String> unsupported = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			if (isTestCode(handler.getBeanType())) {
				// Endpoints that tests add to the application (a deliberate failure, a
				// slow request) are not the site's.
				continue;
			}
			String handlerName = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
			List<Field> fields = new ArrayList<>();
			boolean json = false;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				try {
					json |= addFields(parameter, fields);
				}
				catch (IllegalArgumentException ex) {
					unsupported.add(handlerName + ": " + ex.getMessage());
				}
			}
			Map<String, String> required = new LinkedHashMap<>();
			Set<String> absent = new LinkedHashSet<>();
			info.getParamsCondition().getExpressions().forEach((expression) -> {
				if (expression.isNegated()) {
					absent.add(expression.getName());
				}
				else {
					required.put(expression.getName(),
							(expression.getValue() != null) ? expression.getValue() : "true");
				}
			});
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty()) {
				methods = EnumSet.of(RequestMethod.GET, RequestMethod.POST);
			}
			for (RequestMethod method : methods) {
				if (method != RequestMethod.GET && method != RequestMethod.POST) {
					unsupported.add(handlerName + ": HTTP method " + method + " (only GET and POST are sent)");
					continue;
				}
				for (String pattern : info.getPatternValues()) {
					// A field that the params condition names is sent as the condition
					// says, not as a payload.
					List<Field> sent = fields.stream()
						.filter((field) -> !required.containsKey(field.name()) && !absent.contains(field.name()))
						.toList();
					endpoints.add(new Endpoint(method, pattern, sent, required, absent, json, handlerName));
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::pattern)
			.thenComparing(Endpoint::method)
			.thenComparing(Endpoint::toString));
		return new Discovery(endpoints, unsupported);
	}

	/**
	 * Whether the class was compiled from the tests' sources rather than the
	 * application's.
	 */
	private static boolean isTestCode(Class<?> type) {
		java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
		return source != null && source.getLocation() != null
				&& source.getLocation().getPath().replace('\\', '/').contains("/test-classes/");
	}

	/**
	 * Adds what the client sends for one handler argument; answers whether it is a JSON
	 * body.
	 */
	private static boolean addFields(MethodParameter parameter, List<Field> fields) {
		Class<?> type = parameter.getParameterType();
		if (parameter.hasParameterAnnotation(PathVariable.class)
				|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
			return false;
		}
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null) {
			if (Map.class.isAssignableFrom(type)) {
				// Takes any parameter: the payloads go under a few made-up names.
				fields.add(new Field("anything", String.class, false));
				return false;
			}
			String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
			fields.add(field(name, ResolvableType.forMethodParameter(parameter)));
			return false;
		}
		if (parameter.hasParameterAnnotation(RequestBody.class)) {
			if (Map.class.isAssignableFrom(type)) {
				// A body of any names (the actuator's operations): the payloads go under
				// a made-up name.
				fields.add(new Field("anything", String.class, false));
			}
			else {
				expand("", type, fields, 0);
			}
			return true;
		}
		if (parameter.hasParameterAnnotation(RequestHeader.class)
				|| parameter.hasParameterAnnotation(CookieValue.class)) {
			throw new IllegalArgumentException("argument " + parameter.getParameterName()
					+ " comes from a header or cookie, which the tests do not send");
		}
		if (FRAMEWORK_TYPES.stream().anyMatch((framework) -> framework.isAssignableFrom(type))
				|| (Map.class.isAssignableFrom(type) && !parameter.hasParameterAnnotation(ModelAttribute.class))) {
			return false;
		}
		if (BeanUtils.isSimpleProperty(type) && !parameter.hasParameterAnnotation(ModelAttribute.class)) {
			// Spring binds a simple argument without annotation as a request parameter of
			// its name.
			fields.add(field(parameter.getParameterName(), ResolvableType.forMethodParameter(parameter)));
			return false;
		}
		expand("", type, fields, 0);
		return false;
	}

	/**
	 * The fields of a form object or record, as request parameter names (nested with
	 * dots).
	 */
	private static void expand(String prefix, Class<?> type, List<Field> fields, int depth) {
		if (depth > 2) {
			throw new IllegalArgumentException("form object " + type.getName() + " nests too deep");
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				add(prefix + component.getName(), ResolvableType.forType(component.getGenericType()), fields, depth);
			}
			return;
		}
		PropertyDescriptor[] properties = BeanUtils.getPropertyDescriptors(type);
		boolean any = false;
		for (PropertyDescriptor property : properties) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			any = true;
			add(prefix + property.getName(),
					ResolvableType.forMethodParameter(MethodParameter.forExecutable(property.getWriteMethod(), 0)),
					fields, depth);
		}
		if (!any) {
			throw new IllegalArgumentException(
					"argument of type " + type.getName() + " has no fields the tests know how to send");
		}
	}

	private static void add(String name, ResolvableType type, List<Field> fields, int depth) {
		Field field = field(name, type);
		Class<?> raw = field.type();
		if (BeanUtils.isSimpleProperty(raw) || MultipartFile.class.isAssignableFrom(raw) || raw == Object.class) {
			fields.add(field);
		}
		else {
			expand(name + ".", raw, fields, depth + 1);
		}
	}

	private static Field field(String name, ResolvableType type) {
		Class<?> raw = type.resolve(Object.class);
		if (Collection.class.isAssignableFrom(raw)) {
			return new Field(name, type.asCollection().getGeneric(0).resolve(Object.class), true);
		}
		if (raw.isArray()) {
			return new Field(name, raw.getComponentType(), true);
		}
		return new Field(name, raw, false);
	}

}
