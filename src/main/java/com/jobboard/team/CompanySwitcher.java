package com.jobboard.team;

import java.util.List;
import java.util.Optional;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.team.Memberships.MemberCompany;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The companies a signed-in person works for, and which of them is the current one: the
 * header's switcher and the employer's dashboard. The choice is kept in the session;
 * whether the person is still in that team is checked on every request.
 */
@Component("companySwitcher")
public class CompanySwitcher {

	static final String SESSION_ATTRIBUTE = "jobboard.currentCompanyId";

	/**
	 * The request attribute holding this request's list, so the layout and the page share
	 * one query.
	 */
	private static final String REQUEST_CACHE = CompanySwitcher.class.getName() + ".companies";

	private final CurrentUser currentUser;

	private final Memberships memberships;

	CompanySwitcher(CurrentUser currentUser, Memberships memberships) {
		this.currentUser = currentUser;
		this.memberships = memberships;
	}

	/**
	 * The signed-in person's companies, by name; none for a visitor (and no query then).
	 */
	@SuppressWarnings("unchecked")
	public List<MemberCompany> companies() {
		Optional<SignedInUser> user = this.currentUser.get();
		if (user.isEmpty()) {
			return List.of();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object cached = (request != null) ? request.getAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST) : null;
		if (cached instanceof List<?> list) {
			return (List<MemberCompany>) list;
		}
		List<MemberCompany> companies;
		try {
			companies = this.memberships.companiesOf(user.get().id());
		}
		catch (DataAccessException ex) {
			// The header must not break the 503 page while the database is away.
			companies = List.of();
		}
		if (request != null) {
			request.setAttribute(REQUEST_CACHE, companies, RequestAttributes.SCOPE_REQUEST);
		}
		return companies;
	}

	/**
	 * The company chosen in this session if the person is still in its team, else their
	 * first one.
	 */
	public Optional<MemberCompany> current() {
		List<MemberCompany> companies = companies();
		Long chosen = sessionValue();
		return companies.stream()
			.filter((company) -> chosen != null && company.id() == chosen)
			.findFirst()
			.or(() -> companies.stream().findFirst());
	}

	/**
	 * The id of {@link #current()}, for links in the templates; {@code null} when there
	 * is none.
	 */
	public Long currentId() {
		return current().map(MemberCompany::id).orElse(null);
	}

	/**
	 * Makes the company the current one for this session.
	 * @return whether the person is in its team (otherwise nothing changes)
	 */
	boolean choose(long companyId, HttpServletRequest request) {
		boolean member = companies().stream().anyMatch((company) -> company.id() == companyId);
		if (member) {
			request.getSession().setAttribute(SESSION_ATTRIBUTE, companyId);
		}
		return member;
	}

	private static Long sessionValue() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Long id) {
				return id;
			}
		}
		return null;
	}

}
