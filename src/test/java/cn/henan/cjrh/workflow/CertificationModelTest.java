package cn.henan.cjrh.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.henan.cjrh.workflow.CertificationProcess.Beans;
import cn.henan.cjrh.workflow.CertificationProcess.Events;
import cn.henan.cjrh.workflow.CertificationProcess.Messages;
import cn.henan.cjrh.workflow.CertificationProcess.Tasks;
import java.io.File;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** processes/certification.bpmn read as data: it matches the Java constants and our modelling rules. */
class CertificationModelTest {
    private static final BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/certification.bpmn"));

    @Test
    void everyConstantNamesAnElementOfTheModel() {
        for (var id : constants(Tasks.class)) {
            assertThat((BaseElement) model.getModelElementById(id)).as(id).isNotNull();
        }
        for (var id : constants(Events.class)) {
            assertThat((BaseElement) model.getModelElementById(id)).as(id).isNotNull();
        }
        var messages = model.getModelElementsByType(Message.class).stream()
                .map(Message::getName)
                .collect(Collectors.toSet());
        assertThat(messages).containsAll(constants(Messages.class));
        assertThat(model.getModelElementsByType(Process.class)).singleElement().satisfies(process -> {
            assertThat(process.getId()).isEqualTo(CertificationProcess.KEY);
            assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        });
    }

    @Test
    void serviceTasksUseDeclaredBeans_andStatusStepsExist() {
        var beans = constants(Beans.class);
        for (var task : model.getModelElementsByType(ServiceTask.class)) {
            var bean = task.getCamundaDelegateExpression().replaceAll("[${}]", "");
            assertThat(beans).as(task.getId()).contains(bean);
            assertThat(task.getCamundaClass()).as("no class= delegates").isNull();
        }
        for (var id : CertificationProcess.STATUS_AT.keySet()) {
            assertThat((BaseElement) model.getModelElementById(id)).as(id).isNotNull();
        }
    }

    @Test
    void userTasksHaveAChineseNameAndAJurisdictionGroup() {
        for (var task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getName()).as(task.getId()).matches(".*[\\u4e00-\\u9fa5].*");
            assertThat(task.getCamundaCandidateGroups())
                    .as(task.getId())
                    .matches("(county|city|enterprise):\\$\\{\\w+}|province:410000");
            assertThat(CertificationProcess.STEP_OF_TASK).as(task.getId()).containsKey(task.getId());
        }
    }

    @Test
    void timersReadTheirDurationsFromSettings_noLiteralDurations() {
        var xml = Bpmn.convertToString(model);
        assertThat(xml).doesNotContainPattern(">P\\d+[DMW]<").doesNotContainPattern(">PT\\d+[HMS]<");
        assertThat(xml)
                .contains(
                        "${workflowTimers.publicityDuration}",
                        "${workflowTimers.reviewDue}",
                        "${workflowTimers.revisionDeadline}");
    }

    @Test
    void everyFlowNodeIsDrawn() {
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId())
                .collect(Collectors.toSet());
        for (var node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(drawn).as("shape for " + node.getId()).contains(node.getId());
        }
    }

    private static Set<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }
}
