package org.convene.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Formats;
import org.convene.certificate.Certificate;
import org.convene.certificate.CertificatePdf;
import org.convene.certificate.CertificateService;

/**
 * The public check of a certificate of attendance: the code (typed, or in the address printed on
 * the certificate) gives exactly what the certificate states, and nothing else.
 */
@Route("certificates/verify/:code?")
@AnonymousAllowed
public class VerifyCertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button check = new Button();
    final Div result = new Div();
    private final transient CertificateService certificates;
    private final transient CertificatePdf pdf;

    VerifyCertificateView(CertificateService certificates, CertificatePdf pdf) {
        this.certificates = certificates;
        this.pdf = pdf;
        setId("verify-certificate");
        addClassName("convene-narrow");
        code.setId("verify-code");
        code.setLabel(getTranslation("certificate.verify.code"));
        Limits.limit(code, 40);
        code.setWidthFull();
        Limits.help(code, getTranslation("certificate.verify.intro"));
        check.setId("verify-check");
        check.setText(getTranslation("certificate.verify.button"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> check());
        check.addClickShortcut(Key.ENTER);
        result.setId("verify-result");
        result.setWidthFull();
        var bar = new HorizontalLayout(code, check);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(code);
        add(new H2(getTranslation("certificate.verify.title")), bar, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> {
            code.setValue(c.length() > 40 ? c.substring(0, 40) : c);
            check();
        });
    }

    void check() {
        result.removeAll();
        code.setInvalid(false);
        var typed = code.getValue();
        if (typed == null || typed.replaceAll("[\\s-]", "").length() != 26) {
            code.setErrorMessage(getTranslation("certificate.verify.invalid"));
            code.setInvalid(true);
            return;
        }
        certificates.verify(typed).ifPresentOrElse(this::show, () -> {
            var unknown = new Paragraph(VaadinIcon.CLOSE_CIRCLE.create(), new com.vaadin.flow.component.Text(
                    " " + getTranslation("certificate.verify.unknown")));
            unknown.setId("verify-unknown");
            unknown.addClassName("convene-verify-unknown");
            result.add(unknown);
        });
    }

    private void show(Certificate c) {
        var valid = new Paragraph(VaadinIcon.CHECK_CIRCLE.create(), new com.vaadin.flow.component.Text(
                " " + getTranslation("certificate.verify.valid")));
        valid.setId("verify-valid");
        valid.addClassName("convene-verify-valid");
        var facts = new DescriptionList();
        facts.setId("verify-facts");
        facts.addClassName("convene-facts");
        facts.add(term("certificate.verify.name", c.fullName()),
                term("certificate.verify.seminar", c.seminarTitle()),
                term("certificate.verify.dates", pdf.when(c, getLocale())));
        if (c.minutesAttended() != null) {
            facts.add(term("certificate.verify.hours", getTranslation("certificate.verify.duration", c.minutesAttended() / 60.0)));
        }
        facts.add(term("certificate.verify.issuer", c.issuer()),
                term("certificate.verify.issued", Formats.longDate(c.issuedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale())),
                term("certificate.verify.code", c.displayCode()));
        result.add(valid, facts);
    }

    private Div term(String key, String value) {
        var box = new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        box.addClassName("convene-fact");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.verify.title") + " | " + getTranslation("app.name");
    }
}
