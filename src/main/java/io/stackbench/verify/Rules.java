package io.stackbench.verify;

import java.util.List;

/** Every rule, registered explicitly (no classpath scanning): the list is the catalogue. */
final class Rules {

    private Rules() {
    }

    static final List<Rule> ALL = List.of(
            new LayerMissingRule(),
            new LayerDirectionRule(),
            new RouteImportsRepositoryRule(),
            new ServiceImportsFrameworkRule(),
            new RequiredDatabaseMissingRule(),
            new OtherDatabasePresentRule(),
            new OrmNotUsedRule(),
            new RawDriverRule(),
            new RawSqlRule());
}
