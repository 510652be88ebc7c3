package nl.gesprekscyclus.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignatureRepository extends JpaRepository<Signature, Long> {

    List<Signature> findByReviewIdOrderById(Long reviewId);

    List<Signature> findBySignerIdAndKindInOrderById(Long signerId, Collection<SignatureKind> kinds);
}
