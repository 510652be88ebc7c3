package nl.gesprekscyclus.feedback.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.feedback.FeedbackOverview;
import nl.gesprekscyclus.feedback.FeedbackRequestData;
import nl.gesprekscyclus.feedback.FeedbackRules;
import nl.gesprekscyclus.feedback.FeedbackService;
import nl.gesprekscyclus.feedback.FeedbackService.Colleague;
import nl.gesprekscyclus.feedback.FeedbackValidationException;

/**
 * "Feedback vragen": what about (competencies and agreements of the review), the question, by when, which colleagues,
 * and, before sending, named or anonymous (nothing is preselected: the asker chooses). A broken rule is shown at its
 * field and nothing is sent; the dialog stays open.
 */
class FeedbackAskDialog extends Dialog {

    final CheckboxGroup<FeedbackOverview.Option> items = new CheckboxGroup<>();
    final TextArea question = new TextArea();
    final DatePicker dueOn;
    final MultiSelectComboBox<Colleague> askees = new MultiSelectComboBox<>();
    final RadioButtonGroup<Boolean> anonymous = new RadioButtonGroup<>();
    final Button send = new Button();
    final Button cancel = new Button();
    private final Locale locale;

    FeedbackAskDialog(FeedbackService service, long reviewId, FeedbackOverview overview, Clock clock, Locale locale,
            Consumer<FeedbackRequestData> onSend) {
        this.locale = locale;
        setHeaderTitle(getTranslation("feedback.dialog.title"));
        setId("feedback-dialog");
        items.setLabel(getTranslation("feedback.items"));
        items.setHelperText(getTranslation("feedback.items.help"));
        items.setId("feedback-items");
        items.setItems(overview.options());
        items.setItemLabelGenerator(o -> getTranslation("feedback.item." + o.kind().name(), o.label()));
        question.setLabel(getTranslation("feedback.question"));
        question.setId("feedback-question");
        question.setRequiredIndicatorVisible(true);
        question.setMaxLength(FeedbackRules.MAX_QUESTION);
        // a question of a few sentences: the whole width (the browser walk showed it squeezed beside the date)
        question.setWidthFull();
        dueOn = DatePickers.create(getTranslation("feedback.dueOn"), locale);
        dueOn.setId("feedback-due");
        dueOn.setRequiredIndicatorVisible(true);
        // said rather than enforced by the picker: a typed date out of range gets the service's own message
        dueOn.setHelperText(getTranslation("feedback.dueOn.help", String.valueOf(overview.year())));
        LocalDate inTwoWeeks = LocalDate.now(clock).plusWeeks(2);
        dueOn.setValue(inTwoWeeks.getYear() == overview.year() ? inTwoWeeks : null);
        askees.setLabel(getTranslation("feedback.askees"));
        askees.setId("feedback-askees");
        askees.setMinWidth("24em");
        // the whole width: each chosen colleague's name stays readable (the browser walk showed one cut-off chip and
        // "2" for the others)
        askees.setWidthFull();
        askees.setHelperText(getTranslation("feedback.askees.help", overview.maximum()));
        // a page of colleagues whose name holds what was typed, never the whole municipality
        askees.setItems(query -> service.colleagues(reviewId, query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        askees.setItemLabelGenerator(c -> c.unitName() == null ? c.name() : c.name() + " (" + c.unitName() + ")");
        anonymous.setLabel(getTranslation("feedback.mode"));
        anonymous.setId("feedback-mode");
        anonymous.setRequiredIndicatorVisible(true);
        anonymous.setItems(false, true);
        anonymous.setItemLabelGenerator(a -> a ? getTranslation("feedback.mode.anonymous", overview.minimum())
                : getTranslation("feedback.mode.named"));
        add(items, question, dueOn, askees, anonymous);
        // the server's message stays on the field until the next attempt
        fields().values().forEach(f -> f.setManualValidation(true));

        send.setText(getTranslation("feedback.send"));
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            FieldViolations.clear(fields());
            try {
                onSend.accept(value());
                close();
            } catch (FeedbackValidationException ex) {
                FieldViolations.show(fields(), ex.violations(), locale);
            }
        });
        cancel.setText(getTranslation("feedback.cancel"));
        cancel.setId("feedback-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, send);
    }

    FeedbackRequestData value() {
        return new FeedbackRequestData(items.getValue().stream()
                .map(o -> new FeedbackRequestData.Item(o.kind(), o.subject())).toList(), question.getValue(),
                dueOn.getValue(), anonymous.getValue(), askees.getValue().stream().map(Colleague::id).toList());
    }

    /** The fields by the names of the service's violations. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("items", items);
        fields.put("question", question);
        fields.put("dueOn", dueOn);
        fields.put("askees", askees);
        fields.put("anonymous", anonymous);
        return fields;
    }
}
