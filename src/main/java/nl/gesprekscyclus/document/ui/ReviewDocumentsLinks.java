package nl.gesprekscyclus.document.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.document.DocumentFile;
import nl.gesprekscyclus.document.DocumentLine;
import nl.gesprekscyclus.document.ReviewDocuments;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed documents of a review, for the review screen. Self-contained: add it with one line,
 * {@code add(ReviewDocumentsLinks.of(reviewId))}. Each document reads "Beoordeling 2026 — ondertekend door … op …"
 * with the file's SHA-256 behind "Controleer"; a document that is signed but still being made in the background
 * says "wordt gemaakt", and the section asks the browser to poll until it is there, so it appears without a reload.
 * It shows nothing when the review has no signed documents or the viewer may not have them (a coordinator). Each
 * download goes through {@link ReviewDocuments} again in its own request (no open URL: Vaadin serves it to this
 * session only), so access is checked and the download recorded in the audit trail every time.
 */
public class ReviewDocumentsLinks extends Section {

    /** How often the browser asks while a document is being made: making a PDF takes a second or two. */
    static final int POLL_MILLIS = 2000;

    private final ReviewDocuments documents;
    private final long reviewId;
    private final ZoneId zone;
    private final UnorderedList list = new UnorderedList();
    private List<DocumentLine> lines;
    private Registration polling;

    public ReviewDocumentsLinks(ReviewDocuments documents, long reviewId, ZoneId zone) {
        this.documents = documents;
        this.reviewId = reviewId;
        this.zone = zone;
        addClassName("review-documents");
        setId("review-documents");
        H2 title = new H2(getTranslation("document.links.title"));
        title.setId("review-documents-title");
        getElement().setAttribute("aria-labelledby", "review-documents-title");
        // screen readers hear it when a document that was being made is there
        list.getElement().setAttribute("aria-live", "polite");
        add(title, list);
        show(documents.lines(reviewId));
    }

    /** The links, with the service taken from the application (Spring) through Vaadin's instantiator. */
    public static ReviewDocumentsLinks of(long reviewId) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        return new ReviewDocumentsLinks(instantiator.getOrCreate(ReviewDocuments.class), reviewId,
                instantiator.getOrCreate(Clock.class).getZone());
    }

    /** Whether a signed document is still being made (the section then polls for it). */
    public boolean waitsForADocument() {
        return lines.stream().anyMatch(DocumentLine::inTheMaking);
    }

    private void show(List<DocumentLine> shown) {
        lines = shown;
        setVisible(!shown.isEmpty());
        list.removeAll();
        shown.forEach(line -> list.add(item(line)));
    }

    private ListItem item(DocumentLine line) {
        String kind = line.kind().name().toLowerCase(Locale.ROOT);
        String name = getTranslation("document.links." + line.kind().name(), line.year());
        ListItem item = new ListItem();
        item.addClassName("review-document");
        if (line.inTheMaking()) {
            Span title = new Span(name);
            // "review-document-<kind>" is the link, once there is something to download
            title.setId("review-document-" + kind + "-making");
            Span making = new Span(" " + getTranslation("document.links.making"));
            making.addClassName("review-document-making");
            item.addClassName("review-document-pending");
            item.add(title, making);
            return item;
        }
        Anchor link = new Anchor(download(line), AttachmentType.DOWNLOAD, name);
        link.setId("review-document-" + kind);
        link.getElement().setAttribute("aria-label", getTranslation("document.links.download", name));
        item.add(link);
        if (line.signedAt() != null) {
            Span signed = new Span(" " + getTranslation("document.links.signed",
                    line.signedBy() == null ? getTranslation("document.links.unknownSigner") : line.signedBy(),
                    date(line.signedAt())));
            signed.addClassName("review-document-signed");
            item.add(signed);
        }
        Paragraph hash = new Paragraph(getTranslation("document.links.hash", line.stored().contentHash()));
        hash.addClassName("review-document-hash");
        Details check = new Details(getTranslation("document.links.check"),
                new Paragraph(getTranslation("document.links.checkHow")), hash);
        check.addClassName("review-document-check");
        item.add(check);
        return item;
    }

    private String date(Instant at) {
        return DateFormats.day(at.atZone(zone).toLocalDate(), getLocale());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (waitsForADocument()) {
            follow(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stop(detachEvent.getUI());
    }

    /** Polls until every signed document is there; no push needed, and nothing polls once they are. */
    private void follow(UI ui) {
        if (polling != null) {
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> {
            try {
                show(documents.lines(reviewId));
            } catch (AccessDeniedException refused) {
                show(List.of()); // e.g. HR's dossier opening ran out meanwhile: already logged by the service
            }
            if (!waitsForADocument()) {
                stop(ui);
            }
        });
    }

    private void stop(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private DownloadHandler download(DocumentLine line) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                DocumentFile file = documents.download(reviewId, line.kind());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        "application/pdf", file.content().length);
            } catch (AccessDeniedException refused) {
                // already logged and audited by the service
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }
}
