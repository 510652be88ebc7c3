package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import nl.gesprekscyclus.base.i18n.DateFormats;

/** Dates, moments and small labelled values as the review screen shows them. Text is set as text, never HTML. */
final class ReviewFormat {

    private ReviewFormat() {
    }

    /** "1 maart 2027"; empty for no date. */
    static String date(LocalDate day, Locale locale) {
        return DateFormats.day(day, locale);
    }

    /** "3 januari 2027, 10:15"; empty for no moment. */
    static String moment(Instant at, ZoneId zone, Locale locale) {
        return DateFormats.moment(at, zone, locale);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A label with its value, one under the other ("fact" in the theme), with an id for tests and styling. */
    static Div fact(String label, String value, String id) {
        Div d = new Div();
        d.addClassName("fact");
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value == null ? "" : value);
        v.addClassName("fact-value");
        if (id != null) {
            v.setId(id);
        }
        d.add(l, v);
        return d;
    }

    /**
     * What an agreement is linked to, as one text: its resultaatgebied's name, or "Rol: Projectleider" for one linked
     * to a role (issue 18); both as they were when the version was saved.
     */
    static String link(Component owner, nl.gesprekscyclus.review.ResultAgreement a) {
        return a.roleName() != null ? owner.getTranslation("review.agreements.roleGroup", a.roleName())
                : a.resultAreaName();
    }

    /** "Criterium: het stuk is vastgesteld", the label in bold, on one line; nothing when the value is empty. */
    static Div line(Component owner, String labelKey, String value) {
        Div d = new Div();
        d.addClassName("review-line");
        if (blank(value)) {
            d.setVisible(false);
            return d;
        }
        Span l = new Span(owner.getTranslation(labelKey) + ": ");
        l.addClassName("review-line-label");
        d.add(l, new Span(value));
        return d;
    }

    /** A small status label with its text (never colour only). */
    static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.addClassName("review-badge");
        if (variant != null) {
            s.addClassName("review-badge-" + variant);
        }
        return s;
    }
}
