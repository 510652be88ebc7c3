package nl.gesprekscyclus.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneId;
import java.util.List;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.TasksChanged;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.notification.MyNotifications;
import nl.gesprekscyclus.notification.MailSettings;
import nl.gesprekscyclus.notification.NotificationItem;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.review.ui.ReviewView;
import org.springframework.context.annotation.Scope;
import org.springframework.security.access.AccessDeniedException;

/**
 * The bell in the top bar: how many notifications are unread, and on click the list of them, each linking to
 * its review, with "mark as read", "all read" and the choice of a daily digest instead of single mails.
 */
@SpringComponent
@Scope("prototype")
public class NotificationBell extends Div {

    private final MyNotifications notifications;
    final Button button = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    final Dialog dialog = new Dialog();
    final Div list = new Div();
    final Checkbox digest = new Checkbox();
    final Button allRead = new Button();
    private Registration tasksChanged;

    public NotificationBell(MyNotifications notifications) {
        this.notifications = notifications;
        addClassName("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClickListener(e -> open());
        badge.addClassName("badge");
        // the count is in the button's label; screen readers need not hear it twice
        badge.getElement().setAttribute("aria-hidden", "true");
        add(button, badge);

        dialog.setHeaderTitle(getTranslation("bell.title"));
        digest.setLabel(getTranslation("bell.digest"));
        digest.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                notifications.setDailyDigest(e.getValue());
            }
        });
        allRead.setText(getTranslation("bell.allRead"));
        allRead.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
        });
        list.addClassName("notification-list");
        list.getElement().setAttribute("role", "list");
        Button close = new Button(getTranslation("bell.close"), e -> dialog.close());
        dialog.add(digest, list);
        dialog.getFooter().add(allRead, close);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refreshCount();
        // a step done on a screen ends the task's notifications: the count follows at once
        tasksChanged = TasksChanged.listen(attachEvent.getUI(), this::refreshCount);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (tasksChanged != null) {
            tasksChanged.remove();
            tasksChanged = null;
        }
    }

    /** Called by the layout after each navigation, so the count follows what happened meanwhile. */
    public void refreshCount() {
        long unread;
        try {
            unread = notifications.unreadCount();
        } catch (AccessDeniedException notLoggedIn) {
            // a page shown before login (an error page in the layout): no bell
            setVisible(false);
            return;
        }
        setVisible(true);
        button.setAriaLabel(getTranslation("bell.label", unread));
        button.setTooltipText(getTranslation("bell.label", unread));
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
    }

    void open() {
        refresh();
        digest.setValue(notifications.dailyDigest());
        dialog.open();
    }

    private void refresh() {
        refreshCount();
        list.removeAll();
        List<NotificationItem> items = notifications.latest();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("bell.empty")));
        }
        items.forEach(item -> list.add(line(item)));
        allRead.setEnabled(items.stream().anyMatch(i -> !i.read() && !i.done()));
    }

    private Div line(NotificationItem item) {
        Div line = new Div();
        line.addClassName("notification");
        line.getElement().setAttribute("role", "listitem");
        line.getElement().setAttribute("data-notification", String.valueOf(item.id()));
        boolean attention = !item.read() && !item.done();
        if (attention) {
            line.addClassName("unread");
        }
        if (item.done()) {
            line.addClassName("done");
        }
        String taskName = ReviewTask.byKey(item.taskKey()).map(t -> getTranslation("task." + t.name()))
                .orElseGet(() -> Notifications.otherTaskName(item.taskKey(), getLocale()));
        // a substitute's copy says for whom, as Mijn taken does
        String task = item.onBehalfOfName() == null ? taskName
                : getTranslation("tasks.onBehalfOf", taskName, item.onBehalfOfName());
        // a finished step is no longer a new task, a reminder or an escalation: it says it is done
        String what = item.done() ? getTranslation("bell.done") : getTranslation("bell.kind." + item.kind().name());
        String text = getTranslation("bell.item", what, task, item.employeeName());
        // a feedback request is answered on "Feedback geven": the colleague asked cannot open the review itself
        Component link = item.kind() == NotificationKind.FEEDBACK_REQUEST
                ? new Anchor(MailSettings.FEEDBACK_ROUTE, text)
                : new RouterLink(text, ReviewView.class, new RouteParameters("reviewId", String.valueOf(item.reviewId())));
        link.getElement().addEventListener("click", e -> dialog.close());
        line.add(link);
        if (item.late()) {
            Span late = new Span(getTranslation("bell.late"));
            late.addClassName("notification-late");
            line.add(late);
        }
        Span when = new Span(getTranslation("bell.when", time(item.createdAt())));
        when.addClassName("when");
        line.add(when);
        if (item.dueAt() != null && !item.done()) {
            line.add(new Span(getTranslation("bell.due", date(item.dueAt()))));
        }
        if (attention) {
            Button read = new Button(getTranslation("bell.markRead"), e -> {
                notifications.markRead(item.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setAriaLabel(getTranslation("bell.markReadOf", task, item.employeeName()));
            line.add(read);
        } else if (item.read()) {
            line.add(new Span(getTranslation("bell.read")));
        }
        return line;
    }

    private String time(java.time.Instant instant) {
        return DateFormats.moment(instant, ZoneId.systemDefault(), getLocale());
    }

    private String date(java.time.Instant instant) {
        return DateFormats.day(instant.atZone(ZoneId.systemDefault()).toLocalDate(), getLocale());
    }
}
