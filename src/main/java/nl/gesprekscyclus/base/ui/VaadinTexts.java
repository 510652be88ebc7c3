package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import nl.gesprekscyclus.base.i18n.Messages;

/**
 * The texts Vaadin's own components bring along (month names, "Today", "Drop files here", "Sort by …", what a
 * screen reader hears when a chip is removed) are English whatever the screen's language. This is the one place that
 * gives each kind of component ours, from the message bundles ({@code vaadin.*}): a screen calls the method for
 * its component kind; the texts that Vaadin's browser side makes up itself are translated once per page
 * ({@link #translateClientTexts}, from {@link LocaleSettings}).
 */
public final class VaadinTexts {

    private VaadinTexts() {
    }

    /** Month and day names, "Today" and "Cancel" in the language, and dates typed the Dutch way (dd-mm-jjjj). */
    public static <T extends DatePicker> T datePicker(T picker, Locale locale) {
        Locale language = Messages.supported(locale);
        picker.setLocale(language);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(language);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(t(language, "vaadin.datePicker.today"));
        i18n.setCancel(t(language, "vaadin.datePicker.cancel"));
        i18n.setDateFormat(t(language, "vaadin.datePicker.format"));
        picker.setI18n(i18n);
        return picker;
    }

    /** The drop area, the button, the file list's states and buttons, and the reasons a file is refused. */
    public static Upload upload(Upload upload, Locale locale) {
        Locale l = Messages.supported(locale);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(l, "vaadin.upload.dropFile"))
                .setMany(t(l, "vaadin.upload.dropFiles")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(l, "vaadin.upload.addFile"))
                .setMany(t(l, "vaadin.upload.addFiles")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(l, "vaadin.upload.tooManyFiles"))
                .setFileIsTooBig(t(l, "vaadin.upload.fileIsTooBig"))
                .setIncorrectFileType(t(l, "vaadin.upload.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(l, "vaadin.upload.connecting"))
                        .setStalled(t(l, "vaadin.upload.stalled")).setProcessing(t(l, "vaadin.upload.processing"))
                        .setHeld(t(l, "vaadin.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(l, "vaadin.upload.remainingTime") + " ")
                        .setUnknown(t(l, "vaadin.upload.remainingTimeUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(l, "vaadin.upload.serverUnavailable"))
                        .setUnexpectedServerError(t(l, "vaadin.upload.unexpectedServerError"))
                        .setForbidden(t(l, "vaadin.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(l, "vaadin.upload.retry")).setStart(t(l, "vaadin.upload.start"))
                .setRemove(t(l, "vaadin.upload.remove")));
        upload.setI18n(i18n);
        return upload;
    }

    /** What a screen reader announces when chips are added, removed or cleared. */
    public static <T> MultiSelectComboBox<T> multiSelect(MultiSelectComboBox<T> box, Locale locale) {
        Locale l = Messages.supported(locale);
        box.setI18n(new MultiSelectComboBoxI18n().setCleared(t(l, "vaadin.multiSelect.cleared"))
                .setFocused(t(l, "vaadin.multiSelect.focused")).setSelected(t(l, "vaadin.multiSelect.selected"))
                .setDeselected(t(l, "vaadin.multiSelect.deselected")).setTotal(t(l, "vaadin.multiSelect.total")));
        return box;
    }

    /**
     * Texts Vaadin makes up in the browser, out of reach of a Java API in Vaadin 24.9: the grid connector names
     * every sort button "Sort by &lt;header&gt;" (screen readers announce "Sort by Taak"), and the password field's
     * reveal button is "Show password" (the login form). A watcher on the page gives them ours as they appear;
     * the column's name is kept on the button, so a second call with another language relabels what is there.
     */
    static void translateClientTexts(UI ui, Locale locale) {
        Locale l = Messages.supported(locale);
        ui.getPage().executeJs("""
                window.gcVaadinTexts = {sortBy: $0, reveal: $1};
                const fix = (el) => {
                  const t = window.gcVaadinTexts;
                  if (el.localName === 'vaadin-grid-sorter') {
                    const label = el.getAttribute('aria-label');
                    if (label && label.startsWith('Sort by ') && el.dataset.gcColumn === undefined) {
                      el.dataset.gcColumn = label.substring('Sort by '.length);
                    }
                    if (el.dataset.gcColumn !== undefined) {
                      el.setAttribute('aria-label', t.sortBy.replace('{0}', el.dataset.gcColumn));
                    }
                  } else if (el.localName === 'vaadin-password-field') {
                    el.i18n = Object.assign({}, el.i18n, {reveal: t.reveal});
                  }
                };
                const selector = 'vaadin-grid-sorter, vaadin-password-field';
                const scan = (node) => {
                  if (node.nodeType === 1) {
                    fix(node);
                    node.querySelectorAll(selector).forEach(fix);
                  }
                };
                if (!window.gcVaadinTextsWatcher) {
                  window.gcVaadinTextsWatcher = new MutationObserver(
                      (records) => records.forEach((r) => r.addedNodes.forEach(scan)));
                  window.gcVaadinTextsWatcher.observe(document.body, {childList: true, subtree: true});
                }
                document.querySelectorAll(selector).forEach(fix);""",
                t(l, "vaadin.grid.sortBy"), t(l, "vaadin.password.reveal"));
    }

    private static String t(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
