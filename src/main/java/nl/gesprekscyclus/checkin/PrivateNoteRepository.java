package nl.gesprekscyclus.checkin;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrivateNoteRepository extends JpaRepository<PrivateNote, Long> {

    /** Only ever asked with the logged-in writer's id: there is no query for "the notes of a check-in". */
    Optional<PrivateNote> findByCheckInIdAndWriterId(Long checkInId, Long writerId);

    List<PrivateNote> findByReviewIdAndWriterIdOrderById(Long reviewId, Long writerId);

    List<PrivateNote> findByWriterIdOrderById(Long writerId);
}
