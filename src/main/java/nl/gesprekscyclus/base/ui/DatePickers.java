package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** Date pickers that speak the screen's language ({@link VaadinTexts#datePicker}). */
public final class DatePickers {
    private DatePickers() {
    }

    public static DatePicker create(String label, Locale locale) {
        return VaadinTexts.datePicker(new DatePicker(label), locale);
    }
}
