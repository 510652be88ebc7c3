package nl.gesprekscyclus.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of bpmn/ (on the classpath as bpmn/*.bpmn) under one stable deployment name, with each
 * file under its own name, and with duplicate filtering: an unchanged model never becomes a new version, no
 * matter whether the app runs from the jar or from spring-boot:run (their resource names differ, see STACK.md).
 * A changed model becomes the next version; running reviews pick it up at their next phase (binding latest).
 */
@Component
class BpmnDeployer implements InitializingBean {

    static final String DEPLOYMENT_NAME = "gesprekscyclus";
    private static final Logger log = LoggerFactory.getLogger(BpmnDeployer.class);

    private final RepositoryService repository;

    BpmnDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
            DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME)
                    // true: only the changed files become new versions; unchanged ones keep theirs
                    .enableDuplicateFiltering(true);
            for (Resource model : models) {
                try (InputStream in = model.getInputStream()) {
                    deployment.addInputStream(model.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                }
            }
            DeploymentWithDefinitions result = deployment.deployWithResult();
            log.info("Process models: {} files, {} new definitions", models.length,
                    result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
        } catch (IOException e) {
            throw new UncheckedIOException("process models in bpmn/ cannot be read", e);
        }
    }
}
