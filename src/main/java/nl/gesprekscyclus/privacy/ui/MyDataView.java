package nl.gesprekscyclus.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.ui.AuditEntryFormat;
import nl.gesprekscyclus.auditsearch.AuditSearch;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.privacy.PersonalDataExport;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.security.PersonNames;

/**
 * "Mijn gegevens": what was done with the logged-in person's data — who did what with their file, when, from
 * where — and the inzage: one download with everything the application holds about them. Entries about what the
 * person did with other people's files are not here; those are not about them.
 */
@Route(value = "mijn-gegevens", layout = MainLayout.class)
@PermitAll
public class MyDataView extends Main implements HasDynamicTitle {

    /** The download of the inzage; null for an account without a personnel record. */
    Anchor download;
    final Grid<AuditEntry> grid = new Grid<>();

    public MyDataView(AuditSearch search, PersonalDataExport export, Clock clock, PersonNames names,
            ReviewRecords reviews, OrganisationDirectory directory) {
        addClassName("page");
        addClassName("my-data-page");
        add(new H1(getPageTitle()));
        AuditEntryFormat format = new AuditEntryFormat(this, getLocale(), clock.getZone(), names, reviews, directory,
                false);

        Section inzage = new Section();
        H2 inzageHeading = new H2(getTranslation("myData.inzage.heading"));
        inzageHeading.setId("my-data-inzage-heading");
        inzage.getElement().setAttribute("aria-labelledby", inzageHeading.getId().orElseThrow());
        inzage.add(inzageHeading);
        if (export.available()) {
            inzage.add(new Paragraph(getTranslation("myData.inzage.intro")));
            download = new Anchor(DownloadHandler.fromInputStream(event -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                export.writeMine(out);
                return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "mijn-gegevens.zip",
                        "application/zip", out.size());
            }), getTranslation("myData.inzage.download"));
            download.getElement().setAttribute("download", true);
            download.addClassName("my-data-download");
            inzage.add(new Paragraph(download));
        } else {
            inzage.add(new Paragraph(getTranslation("myData.inzage.noRecord")));
        }

        Section trail = new Section();
        H2 trailHeading = new H2(getTranslation("myData.audit.heading"));
        trailHeading.setId("my-data-audit-heading");
        trail.getElement().setAttribute("aria-labelledby", trailHeading.getId().orElseThrow());
        grid.addColumn(e -> format.moment(e.occurredAt())).setKey("occurredAt")
                .setHeader(getTranslation("audit.column.occurredAt")).setAutoWidth(true);
        grid.addColumn(format::actor).setKey("actor").setHeader(getTranslation("myData.audit.who")).setAutoWidth(true);
        grid.addColumn(format::kind).setKey("action").setHeader(getTranslation("myData.audit.what")).setFlexGrow(2);
        grid.addColumn(format::record).setKey("record")
                .setHeader(getTranslation("audit.column.record")).setFlexGrow(2);
        grid.addColumn(format::outcome).setKey("outcome").setHeader(getTranslation("audit.column.outcome"))
                .setAutoWidth(true);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("myData.audit.none"));
        grid.getElement().setAttribute("aria-labelledby", trailHeading.getId().orElseThrow());
        grid.setItems(q -> search.aboutMe(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, search.countAboutMe()));
        trail.add(trailHeading, new Paragraph(getTranslation("myData.audit.intro")), grid);
        add(inzage, trail);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myData.title");
    }
}
