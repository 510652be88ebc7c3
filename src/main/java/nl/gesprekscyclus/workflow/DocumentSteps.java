package nl.gesprekscyclus.workflow;

import nl.gesprekscyclus.document.DocumentArchive;
import nl.gesprekscyclus.document.DocumentKind;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The process steps that store a review's signed documents ({@code ${documents.…}}). Both steps are
 * asynchronous with retries in the models: making a PDF runs after the signature has been committed, and a
 * failure leaves a retried job (then an incident in Cockpit) instead of losing the document or the signature.
 */
@Component("documents")
public class DocumentSteps {

    private final DocumentArchive archive;

    DocumentSteps(DocumentArchive archive) {
        this.archive = archive;
    }

    /** planning.bpmn, after the employee agreed. */
    public void storeAgreements(Long reviewId) {
        archive.store(reviewId, DocumentKind.AGREEMENTS, ClockUtil.getCurrentTime().toInstant());
    }

    /** review.bpmn, after the assessment was signed off and the review closed. */
    public void storeAssessment(Long reviewId) {
        archive.store(reviewId, DocumentKind.ASSESSMENT, ClockUtil.getCurrentTime().toInstant());
    }
}
