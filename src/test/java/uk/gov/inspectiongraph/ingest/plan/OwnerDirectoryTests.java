package uk.gov.inspectiongraph.ingest.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerDirectoryTests {

	private final OwnerDirectory owners = OwnerDirectory.bundled();

	private List<String> names(String cell) {
		return this.owners.resolve(cell).roles().stream().map(OwnerDirectory.Role::name).toList();
	}

	@Test
	void twoRolesJoinedByAmpersandAreTwoOwners() {
		assertThat(names("EM Expansion Programme Director & Regional Probation Director Wales."))
			.containsExactly("EM Expansion Programme Director", "Regional Probation Director Wales");
	}

	@Test
	void aRoleWhoseTitleContainsAmpersandStaysOne() {
		assertThat(names("Executive Director HMPPS Wales & Public Protection."))
			.containsExactly("Executive Director HMPPS Wales & Public Protection");
	}

	@Test
	void rolesRunTogetherWithNoDelimiterAreSplit() {
		assertThat(names("Deputy Director, Public Protection Group Probation Deputy Director, Courts"))
			.containsExactly("Deputy Director, Public Protection Group", "Probation Deputy Director, Courts");
	}

	@Test
	void unknownRolesAreSplitBeforeANewRoleTitle() {
		assertThat(names("Head of Widgets and Deputy Director, Gadget Policy"))
			.containsExactly("Head of Widgets", "Deputy Director, Gadget Policy");
	}

	@Test
	void aliasesResolveToTheCanonicalRoleIgnoringPunctuation() {
		assertThat(names("Deputy Director Public Protection Group")).containsExactly("Deputy Director, Public Protection Group");
		assertThat(this.owners.lookup("regional probation director, wales").name()).isEqualTo("Regional Probation Director Wales");
	}

	@Test
	void differentRolesSharingWordsStayDifferent() {
		assertThat(this.owners.lookup("Director of Public Protection Group").id())
			.isNotEqualTo(this.owners.lookup("Deputy Director, Public Protection Group").id());
		assertThat(names("Deputy Chief Probation Officer")).doesNotContain("Chief Probation Officer");
	}

	@Test
	void aRoleCutShortByThePageIsCompletedWithAWarning() {
		OwnerDirectory.Resolution r = this.owners.resolve("Head of Performance Analytics and");
		assertThat(r.roles()).extracting(OwnerDirectory.Role::name)
			.containsExactly("Head of Performance Analytics and Contract Management, Prison & Probation Analytical Services (PPAS)");
		assertThat(r.warnings()).hasSize(1);
	}

}
