package cn.henan.cjrh;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {
    private final ApplicationModules modules = ApplicationModules.of(CertificationPlatform.class);

    @Test
    void modules_respectTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void documentation_isWritten() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
