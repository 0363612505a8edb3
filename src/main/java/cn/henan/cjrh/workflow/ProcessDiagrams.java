package cn.henan.cjrh.workflow;

import cn.henan.cjrh.application.Application;
import cn.henan.cjrh.application.ApplicationService;
import cn.henan.cjrh.identity.PlatformUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * 流程图 — where an application's certification process stands, for the diagram on the application and task pages:
 * the BPMN of the deployed definition its process instance runs, the activities active now and those completed
 * (from the engine's history). Whoever may see the application may see its process; anyone else gets 404, as for the
 * application itself. No Camunda type leaks out.
 */
@Service
public class ProcessDiagrams {
    private final ApplicationService applications;
    private final HistoryService history;
    private final RepositoryService repository;
    /** Deployed definitions never change: their XML is read once. */
    private final Map<String, String> xmlByDefinition = new ConcurrentHashMap<>();

    ProcessDiagrams(ApplicationService applications, HistoryService history, RepositoryService repository) {
        this.applications = applications;
        this.history = history;
        this.repository = repository;
    }

    /** The process's progress without the diagram (the text list of steps); empty before the first submission. */
    public Optional<ProcessProgress> progressOf(PlatformUser user, long applicationId) {
        var application = applications.get(user, applicationId); // 404 outside the user's scope
        return instanceOf(application).map(this::progress);
    }

    /** The diagram's XML with the progress to mark on it; empty before the first submission. */
    public Optional<ProcessDiagram> diagramOf(PlatformUser user, long applicationId) {
        return progressOf(user, applicationId)
                .map(progress -> new ProcessDiagram(xmlOf(progress.processDefinitionId()), progress));
    }

    private Optional<HistoricProcessInstance> instanceOf(Application application) {
        if (application.dossierVersion() == 0) {
            return Optional.empty(); // never submitted: no process yet
        }
        return history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(CertificationProcess.KEY)
                .processInstanceBusinessKey(application.number())
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst();
    }

    private ProcessProgress progress(HistoricProcessInstance instance) {
        var activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list();
        var active = new LinkedHashSet<String>();
        var completed = new LinkedHashSet<String>();
        var steps = new ArrayList<ProcessStep>();
        for (var activity : activities) {
            var state = stateOf(activity);
            switch (state) {
                case ACTIVE -> active.add(activity.getActivityId());
                case COMPLETED -> completed.add(activity.getActivityId());
                case CANCELED -> {}
            }
            if (isStep(activity)) {
                steps.add(new ProcessStep(
                        activity.getActivityId(),
                        activity.getActivityName(),
                        state,
                        activity.getStartTime().toInstant(),
                        activity.getEndTime() == null
                                ? null
                                : activity.getEndTime().toInstant()));
            }
        }
        completed.removeAll(active); // a step worked on again (after a return) is current, not done
        return new ProcessProgress(
                instance.getProcessDefinitionId(),
                instance.getEndTime() != null,
                List.copyOf(active),
                List.copyOf(completed),
                List.copyOf(steps));
    }

    private static ProcessStep.State stateOf(HistoricActivityInstance activity) {
        if (activity.getEndTime() == null) {
            return ProcessStep.State.ACTIVE;
        }
        return activity.isCanceled() ? ProcessStep.State.CANCELED : ProcessStep.State.COMPLETED;
    }

    /** Named tasks, events and sub-processes; gateways are routing, not steps anyone waits at. */
    private static boolean isStep(HistoricActivityInstance activity) {
        var name = activity.getActivityName();
        return name != null && !name.isBlank() && !activity.getActivityType().endsWith("Gateway");
    }

    private String xmlOf(String processDefinitionId) {
        return xmlByDefinition.computeIfAbsent(processDefinitionId, id -> {
            try (var in = repository.getProcessModel(id)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The BPMN 2.0 XML (with its diagram interchange) and the progress to mark on it. */
    public record ProcessDiagram(String bpmnXml, ProcessProgress progress) {}

    /**
     * @param activeActivityIds BPMN element ids the process is at now (a user task, the publicity timer …)
     * @param completedActivityIds element ids passed at least once and not active now
     * @param steps the history in order: named tasks, events and sub-processes, with their state
     */
    public record ProcessProgress(
            String processDefinitionId,
            boolean ended,
            List<String> activeActivityIds,
            List<String> completedActivityIds,
            List<ProcessStep> steps) {}

    /** One step of the history, as the text list shows it. */
    public record ProcessStep(String activityId, String name, State state, Instant startedAt, Instant endedAt) {
        public enum State {
            ACTIVE,
            COMPLETED,
            CANCELED
        }
    }
}
