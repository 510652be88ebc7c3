package nl.gesprekscyclus.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.i18n.Messages;

/**
 * Renders a document's data as XHTML for the PDF renderer. Every value goes through {@link #escape}: people's
 * text is shown as text, never read as markup (a zienswijze with {@code <img onerror=…>} appears literally).
 * Dutch, the language of the municipality's records; dates and times in the Dutch time zone.
 */
final class DocumentHtml {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss",
            Locale.forLanguageTag("nl")).withZone(ZONE);

    private final StringBuilder out = new StringBuilder(16_384);

    private DocumentHtml() {
    }

    static String render(DocumentData data, Instant createdAt) {
        return new DocumentHtml().document(data, createdAt);
    }

    private String document(DocumentData d, Instant createdAt) {
        String title = t("document.pdf.title." + d.kind().name());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">")
                .append("<head><meta charset=\"UTF-8\"/><title>").append(escape(title + " " + d.review()))
                .append("</title><meta name=\"author\" content=\"").append(escape(d.organisation()))
                .append("\"/><meta name=\"subject\" content=\"").append(escape(title)).append("\"/><style>")
                .append(css(d, createdAt)).append("</style></head><body>");
        out.append("<div class=\"organisation\">").append(escape(d.organisation())).append("</div>");
        out.append("<h1>").append(escape(title)).append(' ').append(d.year()).append("</h1>");
        facts(d);
        roles(d);
        results(d);
        developments(d);
        if (d.kind() == DocumentKind.ASSESSMENT) {
            ratings(d);
            judgement(d);
            response(d);
        }
        signatures(d);
        out.append("</body></html>");
        return out.toString();
    }

    private void facts(DocumentData d) {
        out.append("<table class=\"facts\">");
        fact("document.pdf.employee", d.employee() + (d.personnelNumber() == null ? "" : " (" + d.personnelNumber() + ")"));
        fact("document.pdf.jobTitle", d.jobTitle());
        fact("document.pdf.jobProfile", d.jobProfile());
        fact("document.pdf.manager", d.manager());
        if (d.coordinator() != null) {
            fact("document.pdf.coordinator", d.coordinator());
        }
        fact("document.pdf.period", t("document.pdf.periodValue", String.valueOf(d.year()), date(d.periodStart()), date(d.periodEnd())));
        fact("document.pdf.review", d.review());
        out.append("</table>");
    }

    private void fact(String label, String value) {
        out.append("<tr><th scope=\"row\">").append(escape(t(label))).append("</th><td>").append(escape(value))
                .append("</td></tr>");
    }

    /** The roles of the year beside the normfunctie (issue 18); nothing for a review without roles. */
    private void roles(DocumentData d) {
        if (d.roles() == null || d.roles().isEmpty()) {
            return;
        }
        h2("document.pdf.roles");
        for (DocumentData.Role r : d.roles()) {
            out.append("<div class=\"agreement role\"><h3>").append(escape(r.name())).append("</h3><table class=\"fields\">");
            field("document.pdf.role.period", r.period());
            field("document.pdf.role.purpose", r.purpose());
            field("document.pdf.role.competencies", String.join("; ", r.competencies()));
            out.append("</table></div>");
        }
    }

    private void results(DocumentData d) {
        h2("document.pdf.results");
        if (d.resultAgreements().isEmpty()) {
            none();
            return;
        }
        boolean assessment = d.kind() == DocumentKind.ASSESSMENT;
        int n = 1;
        for (DocumentData.Result r : d.resultAgreements()) {
            out.append("<div class=\"agreement\"><h3>").append(n++).append(". ").append(escape(r.description()))
                    .append(" <span class=\"version\">").append(escape(t("document.pdf.version", r.version())))
                    .append("</span></h3><table class=\"fields\">");
            field("document.pdf.resultArea", r.resultArea());
            field("document.pdf.role", r.role());
            field("document.pdf.workRole", r.workRole());
            field("document.pdf.criterion", r.criterion());
            field("document.pdf.deadline", date(r.deadline()));
            field("document.pdf.weight", r.weight() == null ? null : r.weight() + "%");
            if (assessment) {
                field("document.pdf.selfScore", r.selfScore());
                field("document.pdf.managerScore", r.managerScore());
                field("document.pdf.managerComment", r.managerComment());
            }
            out.append("</table></div>");
        }
    }

    private void developments(DocumentData d) {
        h2("document.pdf.developments");
        if (d.developmentAgreements().isEmpty()) {
            none();
            return;
        }
        int n = 1;
        for (DocumentData.Development a : d.developmentAgreements()) {
            out.append("<div class=\"agreement\"><h3>").append(n++).append(". ").append(escape(a.goal()))
                    .append(" <span class=\"version\">").append(escape(t("document.pdf.version", a.version())))
                    .append("</span></h3><table class=\"fields\">");
            field("document.pdf.activities", a.activities());
            field("document.pdf.employeeActions", a.employeeActions());
            field("document.pdf.managerActions", a.managerActions());
            field("document.pdf.hrActions", a.hrActions());
            field("document.pdf.deadline", date(a.deadline()));
            out.append("</table></div>");
        }
    }

    private void field(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        out.append("<tr><th scope=\"row\">").append(escape(t(label))).append("</th><td class=\"text\">")
                .append(escape(value)).append("</td></tr>");
    }

    private void ratings(DocumentData d) {
        h2("document.pdf.ratings");
        if (d.ratings().isEmpty()) {
            none();
            return;
        }
        out.append("<table class=\"grid ratings\"><thead><tr>");
        for (String h : List.of("competency", "expected", "self", "informant", "managerLevel")) {
            out.append("<th scope=\"col\">").append(escape(t("document.pdf.rating." + h))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (DocumentData.Rating r : d.ratings()) {
            out.append("<tr><td>").append(escape(r.competency()));
            if (r.source() != null) {
                out.append("<div class=\"source\">").append(escape(r.source())).append("</div>");
            }
            if (r.managerComment() != null && !r.managerComment().isBlank()) {
                out.append("<div class=\"comment\">").append(escape(r.managerComment())).append("</div>");
            }
            out.append("</td>");
            for (String level : new String[] {r.expectedLevel(), r.selfLevel(), r.informantLevel(), r.managerLevel()}) {
                out.append("<td>").append(escape(level == null ? "–" : level)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void judgement(DocumentData d) {
        h2("document.pdf.judgement");
        DocumentData.Judgement j = d.judgement();
        if (j == null) {
            none();
            return;
        }
        out.append("<table class=\"fields\">");
        field("document.pdf.overall", j.judgement());
        field("document.pdf.consequence", j.consequence());
        field("document.pdf.reasons", j.reasons());
        field("document.pdf.hrAdvice", j.hrAdvice());
        field("document.pdf.secondAssessor", j.secondAssessor());
        field("document.pdf.secondOpinion", j.secondOpinion());
        field("document.pdf.signedOffBy", j.signedOffBy());
        out.append("</table>");
    }

    private void response(DocumentData d) {
        h2("document.pdf.response");
        DocumentData.Response r = d.response();
        if (r == null) {
            out.append("<p>").append(escape(t("document.pdf.noResponse"))).append("</p>");
        } else {
            out.append("<table class=\"fields\">");
            field("document.pdf.responseText", r.text());
            field("document.pdf.submittedAt", dateTime(r.submittedAt()));
            field("document.pdf.conversation", t(r.conversationRequested() ? "common.yes" : "common.no"));
            out.append("</table>");
        }
        DocumentData.Decision decision = d.decision();
        if (decision != null) {
            out.append("<h3>").append(escape(t("document.pdf.decision"))).append("</h3><table class=\"fields\">");
            field("document.pdf.decisionOutcome", t(decision.changed() ? "document.pdf.decision.changed"
                    : "document.pdf.decision.unchanged"));
            field("document.pdf.reasons", decision.reasons());
            field("document.pdf.decidedAt", dateTime(decision.decidedAt()));
            out.append("</table>");
        }
    }

    private void signatures(DocumentData d) {
        h2("document.pdf.signatures");
        if (d.signatures().isEmpty()) {
            none();
            return;
        }
        out.append("<p class=\"note\">").append(escape(t("document.pdf.signaturesNote"))).append("</p>");
        out.append("<table class=\"grid signatures\"><thead><tr>");
        for (String h : List.of("meaning", "signer", "signedAt", "hash")) {
            out.append("<th scope=\"col\">").append(escape(t("document.pdf.signature." + h))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (DocumentData.Signed s : d.signatures()) {
            out.append("<tr><td>").append(escape(s.meaning())).append("</td><td>").append(escape(s.signer()))
                    .append("</td><td>").append(escape(dateTime(s.signedAt()))).append("</td><td class=\"hash\">")
                    .append(escape(s.contentHash())).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private void h2(String key) {
        out.append("<h2>").append(escape(t(key))).append("</h2>");
    }

    private void none() {
        out.append("<p>").append(escape(t("document.pdf.none"))).append("</p>");
    }

    private static String css(DocumentData d, Instant createdAt) {
        String footer = t("document.pdf.footer", d.review(), dateTime(createdAt));
        return """
                @page { size: A4; margin: 22mm 18mm 22mm 18mm;
                  @bottom-left { content: "%s"; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #555; }
                  @bottom-right { content: "%s " counter(page) " / " counter(pages); font-family: 'DejaVu Sans';
                    font-size: 7.5pt; color: #555; } }
                body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; color: #111; }
                .organisation { font-size: 9pt; color: #444; border-bottom: 2px solid #1f4e79; padding-bottom: 3pt; }
                h1 { font-size: 17pt; color: #1f4e79; margin: 10pt 0 8pt 0; }
                h2 { font-size: 12pt; color: #1f4e79; margin: 14pt 0 5pt 0; border-bottom: 1px solid #c8d3df;
                  padding-bottom: 2pt; page-break-after: avoid; }
                h3 { font-size: 10pt; margin: 8pt 0 3pt 0; page-break-after: avoid; }
                .version { font-weight: normal; font-size: 8pt; color: #555; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { text-align: left; vertical-align: top; padding: 2.5pt 4pt; }
                .facts th, .fields th { width: 32%%; font-weight: bold; color: #333; }
                .facts { background: #f2f5f9; }
                .text { white-space: pre-wrap; }
                .agreement { page-break-inside: avoid; margin-bottom: 4pt; }
                .grid { -fs-table-paginate: paginate; }
                .grid th { background: #e4ebf3; border-bottom: 1px solid #9fb3c8; font-size: 8.5pt; }
                .grid td { border-bottom: 1px solid #dde3ea; }
                .grid tr { page-break-inside: avoid; }
                .comment { font-size: 8pt; color: #444; white-space: pre-wrap; margin-top: 2pt; }
                .signatures td { font-size: 8.5pt; }
                .hash { font-family: 'DejaVu Sans Mono'; font-size: 7pt; word-wrap: break-word; width: 36%%; }
                .note { font-size: 8pt; color: #444; }
                """.formatted(cssString(footer), cssString(t("document.pdf.page")));
    }

    /** A CSS string literal's content: quotes and backslashes escaped, markup characters harmless in a style element. */
    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3c ").replace("&", "\\26 ");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters: leave them out rather than break the document
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    private static String t(String key, Object... args) {
        return Messages.nl(key, args);
    }
}
