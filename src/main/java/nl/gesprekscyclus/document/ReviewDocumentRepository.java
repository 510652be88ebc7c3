package nl.gesprekscyclus.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewDocumentRepository extends JpaRepository<ReviewDocument, Long> {

    Optional<ReviewDocument> findByReviewIdAndKind(Long reviewId, DocumentKind kind);

    /** What a review has, without loading the PDFs. */
    @Query("select new nl.gesprekscyclus.document.StoredDocument(d.kind, d.createdAt, d.contentHash, d.sourceHash)"
            + " from ReviewDocument d where d.reviewId = ?1 order by d.id")
    List<StoredDocument> summaries(Long reviewId);
}
