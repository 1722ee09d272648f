package com.jobboard.company.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * What the company admin tests share: signed-in people, and filling in forms the way a
 * browser does (read the page's form, change some fields, send it all back).
 */
final class AdminPages {

	private AdminPages() {
	}

	static String token() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	static SignedInUser admin() {
		return new SignedInUser(ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2),
				"admin-" + token() + "@example.com", "", Role.ADMIN, null, true);
	}

	static RequestPostProcessor as(SignedInUser person) {
		return user(person);
	}

	/** GETs a page as the person, expecting 200, and parses it. */
	static Document page(MockMvc mvc, String path, SignedInUser person) throws Exception {
		MvcResult result = mvc.perform(get(path).with(as(person))).andReturn();
		assertThat(result.getResponse().getStatus()).as("status of %s", path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static Document parse(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * The values the company form on the page would send, as a browser would (without the
	 * file and CSRF token).
	 */
	static Map<String, List<String>> formValues(Document page) {
		Element form = page.selectFirst("form.company-form");
		assertThat(form).as("company form").isNotNull();
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (Element control : form.select("input, select, textarea")) {
			String name = control.attr("name");
			String type = control.attr("type");
			if (name.isEmpty() || name.equals("_csrf") || type.equals("file") || type.equals("submit")) {
				continue;
			}
			if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
				continue;
			}
			String value;
			if (control.tagName().equals("textarea")) {
				value = control.wholeText();
			}
			else if (control.tagName().equals("select")) {
				Element selected = control.selectFirst("option[selected]");
				value = (selected != null) ? selected.attr("value") : "";
			}
			else {
				value = control.attr("value");
			}
			values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return values;
	}

	/** A multipart POST of the values (and files) with a CSRF token, as the person. */
	static MockMultipartHttpServletRequestBuilder post(String path, Map<String, List<String>> values,
			SignedInUser person, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		values.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
		request.with(csrf()).with(as(person));
		return request;
	}

	static void set(Map<String, List<String>> values, String name, String value) {
		values.put(name, new ArrayList<>(List.of(value)));
	}

	/** The text of the error shown beside a field, or null. */
	static String fieldError(Document page, String field) {
		Element error = page.getElementById(field + "-error");
		return (error != null) ? error.text() : null;
	}

}
