package cn.henan.cjrh.web.pages;

import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.web.security.CurrentUser;
import cn.henan.cjrh.workflow.ProcessDiagrams;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process diagram's data for {@code process-diagram.js}, under the page session: the BPMN XML of the definition
 * the application's process runs, and the element ids to mark as current and as done. The workflow module answers
 * 404 for an application the user may not see, and there is no diagram before the first submission.
 */
@RestController
class ProcessDiagramEndpoint {
    private final ProcessDiagrams diagrams;

    ProcessDiagramEndpoint(ProcessDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping("/applications/{id}/process")
    ResponseEntity<Diagram> diagram(@CurrentUser PlatformUser user, @PathVariable long id) {
        return diagrams.diagramOf(user, id)
                .map(diagram -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore()) // the process moves on
                        .body(new Diagram(
                                diagram.bpmnXml(),
                                diagram.progress().activeActivityIds(),
                                diagram.progress().completedActivityIds(),
                                diagram.progress().ended())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    record Diagram(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds, boolean ended) {}
}
