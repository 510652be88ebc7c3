package nl.gesprekscyclus.checkin;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByReviewIdOrderByHeldOnAscIdAsc(Long reviewId);

    /** Actions not done and not reminded whose due date is on or before the day. */
    @Query("select a from CheckInAction a where a.doneAt is null and a.remindedAt is null and a.dueOn <= :day "
            + "order by a.id")
    List<CheckInAction> actionsToRemind(LocalDate day);

    @Query("select c from CheckIn c join c.actions a where a.id = :actionId")
    java.util.Optional<CheckIn> findByActionId(Long actionId);
}
