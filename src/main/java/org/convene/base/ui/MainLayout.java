package org.convene.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.convene.base.i18n.LanguageChanged;
import org.convene.base.i18n.TranslationProvider;
import org.convene.base.security.ConvenePrincipal;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The app shell: a side navigation built from the {@code @Menu} entries the person may open, the
 * language switch and the account menu.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    static final String LOCALE_APPLIED = "convene.locale-applied";

    private final transient AuthenticationContext authentication;
    private final transient ApplicationEventPublisher events;

    MainLayout(AuthenticationContext authentication, ApplicationEventPublisher events) {
        this.authentication = authentication;
        this.events = events;
        var principal = authentication.getAuthenticatedUser(ConvenePrincipal.class);
        principal.ifPresent(this::applyProfileLocaleOnce);

        setPrimarySection(Section.DRAWER);
        var brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("convene-brand");
        var header = new Div(brand, new Span(getTranslation("app.tagline")));
        header.addClassName("convene-drawer-header");
        var scroller = new Scroller(navigation());
        scroller.addClassName("convene-nav-scroller");
        addToDrawer(header, scroller, footer());

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        var spacer = new Div();
        var bar = new HorizontalLayout(toggle, spacer, languageSwitch(), accountArea(principal.orElse(null)));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(spacer);
        bar.addClassName("convene-navbar");
        addToNavbar(bar);
    }

    /** At the foot of the drawer on every page: the privacy notice (privacy module's view, reached by its path). */
    private Component footer() {
        var privacy = new Anchor("privacy", getTranslation("privacy.notice.title"));
        privacy.setId("footer-privacy");
        var footer = new Div(privacy);
        footer.addClassName("convene-drawer-footer");
        return footer;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var title = getTranslation(entry.title());
        var item = new SideNavItem(title, entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    private Component languageSwitch() {
        var select = new Select<Locale>();
        select.setId("language-switch");
        select.setItems(TranslationProvider.ENGLISH, TranslationProvider.FRENCH);
        select.setItemLabelGenerator(Formats::languageName);
        select.setAriaLabel(getTranslation("shell.language"));
        select.setValue(TranslationProvider.FRENCH.getLanguage().equals(getLocale().getLanguage())
                ? TranslationProvider.FRENCH : TranslationProvider.ENGLISH);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchLanguage(e.getValue());
            }
        });
        select.addClassName("convene-language");
        return select;
    }

    void switchLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        authentication.getAuthenticatedUser(ConvenePrincipal.class)
                .ifPresent(p -> events.publishEvent(new LanguageChanged(p.id(), locale)));
        UI.getCurrent().getPage().reload();
    }

    private Component accountArea(ConvenePrincipal principal) {
        if (principal == null) {
            var signIn = new Anchor("login", getTranslation("shell.sign-in"));
            signIn.setId("sign-in-link");
            var signUp = new Anchor("signup", getTranslation("shell.sign-up"));
            signUp.setId("sign-up-link");
            var links = new HorizontalLayout(signIn, signUp);
            links.setAlignItems(FlexComponent.Alignment.CENTER);
            links.addClassName("convene-sign-links");
            return links;
        }
        var profile = new Anchor("profile", principal.displayName());
        profile.setId("profile-link");
        profile.addClassName("convene-profile-link");
        profile.setTitle(principal.displayName());
        var logout = new Button(getTranslation("shell.sign-out"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.setId("sign-out");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("convene-sign-out");
        logout.setTooltipText(getTranslation("shell.sign-out"));
        // On a phone the label is hidden (CSS) and the icon alone shows: the name stays for screen readers.
        logout.setAriaLabel(getTranslation("shell.sign-out"));
        var user = new Icon(VaadinIcon.USER);
        user.addClassName("convene-user-icon");
        var area = new HorizontalLayout(user, profile, logout);
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.addClassName("convene-account-area");
        return area;
    }

    private void applyProfileLocaleOnce(ConvenePrincipal principal) {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(LOCALE_APPLIED) == null) {
            session.setAttribute(LOCALE_APPLIED, Boolean.TRUE);
            session.setLocale(principal.locale());
            UI.getCurrent().setLocale(principal.locale());
        }
    }
}
