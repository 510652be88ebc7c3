package nl.gesprekscyclus.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's choice: a mail per notification (default) or one digest a day. */
@Entity
@Table(name = "notification_setting")
class NotificationSetting {

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    protected NotificationSetting() {
    }

    NotificationSetting(Long employeeId) {
        this.employeeId = employeeId;
    }

    boolean isDailyDigest() {
        return dailyDigest;
    }

    void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }
}
