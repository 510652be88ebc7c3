package nl.gesprekscyclus.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {
}
