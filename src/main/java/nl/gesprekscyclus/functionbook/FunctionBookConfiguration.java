package nl.gesprekscyclus.functionbook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FunctionBookConfiguration {

    @Bean
    FunctionBookReader functionBookReader() {
        return new FunctionBookReader();
    }

    @Bean
    WorkRoleReader workRoleReader(FunctionBookReader reader) {
        return new WorkRoleReader(reader);
    }
}
