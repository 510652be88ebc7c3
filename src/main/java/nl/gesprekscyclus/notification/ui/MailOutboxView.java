package nl.gesprekscyclus.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.notification.MailOutboxAdmin;
import nl.gesprekscyclus.notification.MailOutboxAdmin.UnsentMail;
import nl.gesprekscyclus.notification.MailStatus;
import nl.gesprekscyclus.security.Roles;

/** "Berichten": mails that did not go out yet or failed, with the error and "send again". ADMIN only. */
@Route(value = "beheer/berichten", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class MailOutboxView extends Main implements HasDynamicTitle {

    private final MailOutboxAdmin admin;
    final Grid<UnsentMail> grid = new Grid<>();

    public MailOutboxView(MailOutboxAdmin admin) {
        this.admin = admin;
        addClassName("page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("mails.intro")));
        grid.addColumn(m -> m.recipientName() + " <" + m.recipientEmail() + ">").setKey("recipient")
                .setHeader(getTranslation("mails.recipient")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("mails.kind." + m.kind())).setKey("kind")
                .setHeader(getTranslation("mails.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("mails.status." + m.status().name())).setKey("status")
                .setHeader(getTranslation("mails.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnsentMail::attempts).setKey("attempts").setHeader(getTranslation("mails.attempts"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setKey("error")
                .setHeader(getTranslation("mails.error")).setFlexGrow(1);
        // an error message from the mail server is long: it wraps instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> time(m.createdAt())).setKey("created").setHeader(getTranslation("mails.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::retryButton).setKey("retry").setHeader(getTranslation("mails.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("mails.none"));
        add(grid);
        refresh();
    }

    private com.vaadin.flow.component.Component retryButton(UnsentMail mail) {
        Button retry = new Button(getTranslation("mails.retry"), e -> {
            if (admin.retry(mail.id())) {
                ErrorNotifications.success(getTranslation("mails.retried", mail.recipientName()));
            }
            refresh();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setAriaLabel(getTranslation("mails.retryFor", mail.recipientName()));
        retry.setVisible(mail.status() == MailStatus.FAILED);
        return retry;
    }

    private void refresh() {
        grid.setItems(admin.unsent());
    }

    private String time(Instant instant) {
        return DateFormats.moment(instant, ZoneId.systemDefault(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mails.title");
    }
}
