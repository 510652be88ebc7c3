package nl.gesprekscyclus.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf (PDFBox). The fonts are DejaVu, bundled in the application (licence next to
 * them), so the PDF looks the same on every machine and covers Dutch and other accented names; they are
 * embedded (subset) in every PDF. Public for the other PDFs of the application (the OR report), so every PDF has the
 * same fonts.
 */
@Component
public class DocumentPdf {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    /** Text for the XHTML of a PDF: shown as text, never read as markup. */
    public static String escape(String text) {
        return DocumentHtml.escape(text);
    }

    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), SANS, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), SANS, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSansMono.ttf"), MONO, 400, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be made", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = DocumentPdf.class.getResourceAsStream("/fonts/dejavu/" + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is missing from the application");
        }
        return in;
    }
}
