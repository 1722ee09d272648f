package com.jobboard.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The team's one lasting rule, without a database: a company always keeps an owner. */
class TeamMembersTests {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@Test
	void theLastOwnerCanNeitherBeDemotedNorRemoved() {
		CompanyMember owner = new CompanyMember(1, 10, TeamRole.OWNER, NOW);
		CompanyMember editor = new CompanyMember(1, 11, TeamRole.EDITOR, NOW);
		TeamMembers team = new TeamMembers(1, List.of(owner, editor));

		assertThatThrownBy(() -> team.changeRole(owner, TeamRole.EDITOR)).isInstanceOfSatisfying(
				TeamRuleViolation.class, (refused) -> assertThat(refused.code()).isEqualTo(TeamMembers.LAST_OWNER));
		assertThatThrownBy(() -> team.checkRemovable(owner)).isInstanceOf(TeamRuleViolation.class);
		assertThat(owner.getRole()).isEqualTo(TeamRole.OWNER);
		team.checkRemovable(editor);
	}

	@Test
	void withASecondOwnerEitherMayStepDown() {
		CompanyMember first = new CompanyMember(1, 10, TeamRole.OWNER, NOW);
		CompanyMember second = new CompanyMember(1, 11, TeamRole.OWNER, NOW);
		TeamMembers team = new TeamMembers(1, List.of(first, second));

		assertThat(team.changeRole(first, TeamRole.EDITOR)).isTrue();
		assertThatThrownBy(() -> team.changeRole(second, TeamRole.EDITOR)).isInstanceOf(TeamRuleViolation.class);
		assertThat(team.changeRole(second, TeamRole.OWNER)).as("no change").isFalse();
	}

	@Test
	void handingOwnershipOnMakesTheOwnerAnEditorAndNeverToOneself() {
		CompanyMember owner = new CompanyMember(1, 10, TeamRole.OWNER, NOW);
		CompanyMember editor = new CompanyMember(1, 11, TeamRole.EDITOR, NOW);
		TeamMembers team = new TeamMembers(1, List.of(owner, editor));

		assertThatThrownBy(() -> team.transferOwnership(owner, Optional.of(owner))).isInstanceOfSatisfying(
				TeamRuleViolation.class, (refused) -> assertThat(refused.code()).isEqualTo(TeamMembers.SELF_TRANSFER));
		team.transferOwnership(editor, Optional.of(owner));
		assertThat(editor.getRole()).isEqualTo(TeamRole.OWNER);
		assertThat(owner.getRole()).isEqualTo(TeamRole.EDITOR);
	}

	@Test
	void anAdminOutsideTheTeamAddsAnOwnerAndTakesNobodysRole() {
		CompanyMember owner = new CompanyMember(1, 10, TeamRole.OWNER, NOW);
		CompanyMember editor = new CompanyMember(1, 11, TeamRole.EDITOR, NOW);
		new TeamMembers(1, List.of(owner, editor)).transferOwnership(editor, Optional.empty());
		assertThat(owner.getRole()).isEqualTo(TeamRole.OWNER);
		assertThat(editor.getRole()).isEqualTo(TeamRole.OWNER);
	}

	@Test
	void someoneInTheTeamAlreadyIsNotAddedTwice() {
		TeamMembers team = new TeamMembers(1, List.of(new CompanyMember(1, 10, TeamRole.OWNER, NOW)));
		assertThatThrownBy(() -> team.add(10, TeamRole.EDITOR, NOW)).isInstanceOfSatisfying(TeamRuleViolation.class,
				(refused) -> assertThat(refused.code()).isEqualTo(TeamMembers.ALREADY_MEMBER));
		assertThat(team.add(12, TeamRole.EDITOR, NOW).getRole()).isEqualTo(TeamRole.EDITOR);
	}

	@Test
	void tokensAre256RandomBitsInBase64UrlAndOnlyTheirHashIsKept() {
		InvitationTokens tokens = new InvitationTokens();
		String token = tokens.newToken();
		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(InvitationTokens.isWellFormed(token)).isTrue();
		assertThat(tokens.newToken()).isNotEqualTo(token);
		assertThat(InvitationTokens.hash(token)).hasSize(32);
		assertThat(InvitationTokens.isWellFormed(token + "A")).isFalse();
		assertThat(InvitationTokens.isWellFormed(token.substring(1) + "=")).isFalse();
		assertThat(InvitationTokens.isWellFormed("A".repeat(10 * 1024))).isFalse();
		assertThat(InvitationTokens.isWellFormed(null)).isFalse();
	}

}
