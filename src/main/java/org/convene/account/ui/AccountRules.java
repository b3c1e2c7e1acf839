package org.convene.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableSupplier;
import org.convene.account.Emails;
import org.convene.account.PasswordPolicy;
import org.convene.account.User;
import org.convene.base.ui.Rules;

/** The account service's rules as binder validators, with its messages (the service checks again). */
final class AccountRules {

    private AccountRules() {
    }

    static Validator<String> email(Component owner) {
        var line = Rules.line(owner, User.EMAIL_MAX, true);
        return (value, context) -> {
            var result = line.apply(value, context);
            if (result.isError()) {
                return result;
            }
            return Emails.isValid(Emails.normalize(value)) ? ValidationResult.ok()
                    : ValidationResult.error(owner.getTranslation("account.email.invalid"));
        };
    }

    /** Strong enough (and without the e-mail's own name, when {@code email} gives one). */
    static Validator<String> password(Component owner, SerializableSupplier<String> email) {
        return (value, context) -> PasswordPolicy.check(value, email == null ? null : Emails.normalize(email.get()))
                .map(key -> ValidationResult.error(owner.getTranslation(key, PasswordPolicy.MIN_LENGTH)))
                .orElse(ValidationResult.ok());
    }

    static Validator<String> sameAs(Component owner, HasValue<?, String> password) {
        return Rules.rule(owner, v -> v.equals(password.getValue()), "account.password.mismatch");
    }
}
