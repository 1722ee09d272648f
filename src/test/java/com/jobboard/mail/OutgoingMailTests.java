package com.jobboard.mail;

import java.net.URI;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What a message may contain: plain, strictly parsed addresses, and never a CR or LF in a
 * header value.
 */
class OutgoingMailTests {

	@Test
	void aValidMessageKeepsItsParts() {
		OutgoingMail mail = OutgoingMail.to("ada@example.com", Locale.GERMAN)
			.template("admin/test")
			.with("requestedBy", "admin@example.com")
			.subject("one", 2)
			.replyTo("visitor@example.org")
			.unsubscribe(URI.create("https://jobs.example.com/alerts/unsubscribe?token=abc"))
			.build();

		assertThat(mail.to()).isEqualTo("ada@example.com");
		assertThat(mail.locale()).isEqualTo(Locale.GERMAN);
		assertThat(mail.model()).containsEntry("requestedBy", "admin@example.com");
		assertThat(mail.subjectArguments()).containsExactly("one", 2);
		assertThat(mail.subjectKey()).isEqualTo("mail.admin.test.subject");
		assertThat(mail.replyTo()).isEqualTo("visitor@example.org");
		assertThat(mail.listUnsubscribe()).isEqualTo("<https://jobs.example.com/alerts/unsubscribe?token=abc>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "ada", "ada@", "@example.com", "ada@example.com\r\nBcc: victim@example.com",
			"ada@example.com\nBcc: victim@example.com", "ada@example.com\r", "ada@example.com, eve@example.com",
			"Ada <ada@example.com>", "\"Ada\" <ada@example.com>", "ada@exa mple.com", "a(comment)@example.com",
			"group: ada@example.com;", "ada@example.com>", "<ada@example.com>" })
	void aBadRecipientIsRefused(String address) {
		assertThatIllegalArgumentException().isThrownBy(() -> mailTo(address).build());
	}

	@Test
	void anOverLongRecipientIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> mailTo("a".repeat(320) + "@example.com").build());
	}

	@Test
	void noRecipientOrLanguageIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> mailTo(null).build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.to("ada@example.com", null).template("admin/test").build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "visitor@example.org\r\nBcc: victim@example.com", "visitor@example.org\n",
			"Visitor <visitor@example.org>", "not an address", "a@b.c, d@e.f" })
	void aBadReplyToIsRefused(String address) {
		assertThatIllegalArgumentException().isThrownBy(() -> mailTo("ada@example.com").replyTo(address).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Acme\r\nBcc: victim@example.com", "line\nbreak", "carriage\rreturn" })
	void aSubjectArgumentWithALineBreakIsRefused(String argument) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> mailTo("ada@example.com").subject("fine", argument).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "../secrets", "/etc/passwd", "admin/../../application", "Admin/Test", "admin//test",
			"admin/test.html", "", "admin/test/" })
	void aTemplateNameOutsideThePlainPatternIsRefused(String template) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.to("ada@example.com", Locale.ENGLISH).template(template).build());
	}

	@Test
	void noTemplateIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.to("ada@example.com", Locale.ENGLISH).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "mailto:unsubscribe@example.com", "javascript:alert(1)", "/relative/path",
			"https://example.com/a,b", "ftp://example.com/x" })
	void anUnsubscribeAddressThatIsNotAnAbsoluteWebAddressIsRefused(String address) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> mailTo("ada@example.com").unsubscribe(URI.create(address)).build());
	}

	@Test
	void theModelAndArgumentsCannotBeChangedAfterwards() {
		OutgoingMail mail = mailTo("ada@example.com").with("name", "Ada").subject("x").build();

		assertThat(mail.model()).isUnmodifiable();
		assertThat(mail.subjectArguments()).isUnmodifiable();
	}

	private static OutgoingMail.Builder mailTo(String address) {
		return OutgoingMail.to(address, Locale.ENGLISH).template("admin/test");
	}

}
