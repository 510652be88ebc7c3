package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the screen's language and show dates the Dutch way (dd-mm-jjjj). */
public final class DatePickers {
    private DatePickers() {
    }

    public static DatePicker create(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        i18n.setWeekdays(weekdays);
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        boolean english = "en".equals(locale.getLanguage());
        i18n.setToday(english ? "Today" : "Vandaag");
        i18n.setCancel(english ? "Cancel" : "Annuleren");
        i18n.setDateFormat(english ? "yyyy-MM-dd" : "dd-MM-yyyy");
        picker.setI18n(i18n);
        return picker;
    }
}
