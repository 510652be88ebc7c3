package nl.gesprekscyclus.functionbook;

import java.util.List;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/** One file of the role catalogue ({@code config/roles/*.yaml}): its roles and an optional note about the source. */
record WorkRoleFile(String note, List<WorkRole> roles) {

    WorkRoleFile {
        roles = orEmpty(roles);
    }
}
