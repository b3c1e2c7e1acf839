package org.convene.base.db;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * MariaDB's {@code MATCH ... AGAINST (... IN BOOLEAN MODE)} in JPQL: {@code fulltext_match2(a, b, :q) > 0}
 * and {@code fulltext_match3(a, b, c, :q) > 0}. The columns must be exactly those of one FULLTEXT index.
 * Registered through {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public class FullTextFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        var registry = contributions.getFunctionRegistry();
        var type = contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.DOUBLE);
        registry.registerPattern("fulltext_match2", "match(?1, ?2) against(?3 in boolean mode)", type);
        registry.registerPattern("fulltext_match3", "match(?1, ?2, ?3) against(?4 in boolean mode)", type);
    }
}
