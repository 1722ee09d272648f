package com.jobboard.web;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one way a form is answered: saved is 303 to the next page with a flash message,
 * invalid is 422 with the form again, a conflict 409 with the form again and what
 * conflicts, over a limit 429 with the form again and {@code Retry-After}. Buttons
 * without a form of their own (archive, restore...) always go back with 303 and the
 * notice.
 */
@Component
public class FormAnswers {

	/** The flash attribute the layout shows as a success. */
	public static final String MESSAGE = "message";

	/** The flash attribute the layout shows as a problem. */
	public static final String ERROR_MESSAGE = "errorMessage";

	private final Messages messages;

	FormAnswers(Messages messages) {
		this.messages = messages;
	}

	/**
	 * The answer to a submitted form.
	 * @param savedLocation where to go once saved
	 * @param formAgain the form page again, with what the person typed (its status is set
	 * here)
	 */
	public <T> ModelAndView answer(FormOutcome<T> outcome, Function<T, String> savedLocation,
			Function<T, ModelAndView> formAgain, RedirectAttributes redirect, HttpServletResponse response) {
		if (outcome instanceof FormOutcome.Saved<T> saved) {
			return seeOther(savedLocation.apply(saved.subject()), MESSAGE, saved.notice(), redirect);
		}
		if (outcome instanceof FormOutcome.Conflict<T> conflict) {
			ModelAndView page = again(formAgain.apply(conflict.subject()), HttpStatus.CONFLICT);
			if (conflict.details() != null) {
				page.addObject("conflict", conflict.details());
			}
			if (conflict.notice() != null) {
				page.addObject(ERROR_MESSAGE, conflict.notice().text(this.messages));
			}
			return page;
		}
		if (outcome instanceof FormOutcome.Limited<T> limited) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
			return again(formAgain.apply(limited.subject()), HttpStatus.TOO_MANY_REQUESTS);
		}
		return again(formAgain.apply(outcome.subject()), HttpStatus.UNPROCESSABLE_CONTENT);
	}

	/**
	 * The answer to a button that has no fields (archive, restore a revision...): back
	 * with 303, the notice as a success when it was done and as a problem otherwise.
	 * @param doneLocation where to go when it was done
	 * @param refusedLocation where to go when it was not
	 */
	public ModelAndView redirect(FormOutcome<?> outcome, String doneLocation, String refusedLocation,
			RedirectAttributes redirect) {
		if (outcome instanceof FormOutcome.Saved<?> saved) {
			return seeOther(doneLocation, MESSAGE, saved.notice(), redirect);
		}
		Notice notice = (outcome instanceof FormOutcome.Conflict<?> conflict) ? conflict.notice() : null;
		return seeOther(refusedLocation, ERROR_MESSAGE, notice, redirect);
	}

	/** 303 to the location, with a flash message when there is one. */
	public ModelAndView seeOther(String location, String flashAttribute, Notice notice, RedirectAttributes redirect) {
		if (notice != null) {
			redirect.addFlashAttribute(flashAttribute, notice.text(this.messages));
		}
		RedirectView view = new RedirectView(location, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	/**
	 * The words of a notice in the current request's language, for a page that shows it
	 * itself.
	 */
	public String text(Notice notice) {
		return notice.text(this.messages);
	}

	private static ModelAndView again(ModelAndView page, HttpStatus status) {
		page.setStatus(status);
		return page;
	}

}
