package nl.gesprekscyclus.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import nl.gesprekscyclus.document.DocumentFile;
import nl.gesprekscyclus.document.ReviewDocuments;
import nl.gesprekscyclus.document.StoredDocument;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed documents of a review as download links, for the review screen. Self-contained: add it with one
 * line, {@code add(ReviewDocumentsLinks.of(reviewId))}. It shows nothing when the review has no documents yet
 * or the viewer may not have them (a coordinator). Each download goes through {@link ReviewDocuments} again in
 * its own request (no open URL: Vaadin serves it to this session only), so access is checked and the download
 * recorded in the audit trail every time.
 */
public class ReviewDocumentsLinks extends Section {

    public ReviewDocumentsLinks(ReviewDocuments documents, long reviewId) {
        addClassName("review-documents");
        setId("review-documents");
        List<StoredDocument> stored = documents.available(reviewId);
        setVisible(!stored.isEmpty());
        if (stored.isEmpty()) {
            return;
        }
        H2 title = new H2(getTranslation("document.links.title"));
        title.setId("review-documents-title");
        getElement().setAttribute("aria-labelledby", "review-documents-title");
        UnorderedList list = new UnorderedList();
        for (StoredDocument document : stored) {
            Anchor link = new Anchor(download(documents, reviewId, document), AttachmentType.DOWNLOAD,
                    getTranslation("document.links." + document.kind().name()));
            link.setId("review-document-" + document.kind().name().toLowerCase());
            Span hash = new Span(getTranslation("document.links.hash", document.contentHash()));
            hash.addClassName("review-document-hash");
            list.add(new ListItem(link, hash));
        }
        add(title, list);
    }

    /** The links, with the service taken from the application (Spring) through Vaadin's instantiator. */
    public static ReviewDocumentsLinks of(long reviewId) {
        return new ReviewDocumentsLinks(VaadinService.getCurrent().getInstantiator().getOrCreate(ReviewDocuments.class), reviewId);
    }

    private static DownloadHandler download(ReviewDocuments documents, long reviewId, StoredDocument document) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                DocumentFile file = documents.download(reviewId, document.kind());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        "application/pdf", file.content().length);
            } catch (AccessDeniedException refused) {
                // already logged and audited by the service
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }
}
