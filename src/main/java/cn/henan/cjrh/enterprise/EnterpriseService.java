package cn.henan.cjrh.enterprise;

import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.PlatformUser;
import cn.henan.cjrh.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** 企业 — reads enterprises, each only for those who may see it. */
@Service
public class EnterpriseService {
    private final EnterpriseRepository enterprises;
    private final Jurisdictions jurisdictions;

    EnterpriseService(EnterpriseRepository enterprises, Jurisdictions jurisdictions) {
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
    }

    /** The enterprise if the viewer may see it: its own users, reviewers and admins whose jurisdiction covers it. */
    public Enterprise get(PlatformUser viewer, long id) {
        return enterprises
                .find(id)
                .filter(enterprise -> maySee(viewer, enterprise))
                .orElseThrow(() -> new NotFoundException("enterprise.not-found", id));
    }

    public boolean maySee(PlatformUser viewer, Enterprise enterprise) {
        return switch (viewer.role()) {
            case ENTERPRISE -> viewer.isEnterpriseOf(enterprise.id());
            case COUNTY_REVIEWER, CITY_REVIEWER, PROVINCE_REVIEWER, ADMIN ->
                jurisdictions.covers(viewer.jurisdictionCode(), enterprise.countyCode());
            case POLICY_EDITOR, POLICY_APPROVER -> false;
        };
    }

    /** For trusted callers inside the platform (workflow, demo data); no visibility check. */
    public Optional<Enterprise> find(long id) {
        return enterprises.find(id);
    }

    public Optional<Enterprise> findByUscc(String uscc) {
        return enterprises.findByUscc(uscc);
    }
}
