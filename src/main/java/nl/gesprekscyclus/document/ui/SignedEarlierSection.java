package nl.gesprekscyclus.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.document.DocumentFile;
import nl.gesprekscyclus.document.DocumentKind;
import nl.gesprekscyclus.document.ReviewDocuments;
import org.springframework.context.annotation.Scope;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Beoordelingen die u eerder ondertekende": the signed assessments of people the user no longer manages (they
 * moved to another manager after the user signed a step), the one thing of those reviews the user keeps (issue 16).
 * Hidden when there are none, which is almost always. Each download goes through {@link ReviewDocuments} again, so
 * access is checked and the download audited every time.
 */
@SpringComponent
@Scope("prototype")
public class SignedEarlierSection extends Section {

    final UnorderedList list = new UnorderedList();

    public SignedEarlierSection(ReviewDocuments documents, Clock clock) {
        ZoneId zone = clock.getZone();
        setId("signed-earlier");
        addClassName("signed-earlier");
        H2 title = new H2(getTranslation("document.earlier.title"));
        title.setId("signed-earlier-title");
        getElement().setAttribute("aria-labelledby", "signed-earlier-title");
        add(title, new Paragraph(getTranslation("document.earlier.intro")), list);
        List<ReviewDocuments.SignedEarlier> earlier = documents.signedEarlier();
        setVisible(!earlier.isEmpty());
        for (ReviewDocuments.SignedEarlier e : earlier) {
            String name = getTranslation("document.earlier.item", e.year(),
                    e.employee() == null ? getTranslation("document.links.unknownSigner") : e.employee());
            Anchor link = new Anchor(download(documents, e.reviewId()), AttachmentType.DOWNLOAD, name);
            link.setId("signed-earlier-" + e.reviewId());
            link.getElement().setAttribute("aria-label", getTranslation("document.links.download", name));
            ListItem item = new ListItem(link, new Span(" " + getTranslation("document.earlier.signed",
                    DateFormats.day(e.signedAt().atZone(zone).toLocalDate(), getLocale()))));
            item.addClassName("signed-earlier-item");
            list.add(item);
        }
    }

    private static DownloadHandler download(ReviewDocuments documents, long reviewId) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                DocumentFile file = documents.download(reviewId, DocumentKind.ASSESSMENT);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        "application/pdf", file.content().length);
            } catch (AccessDeniedException refused) {
                // already logged and audited by the service
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }
}
