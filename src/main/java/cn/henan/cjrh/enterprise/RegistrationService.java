package cn.henan.cjrh.enterprise;

import cn.henan.cjrh.identity.Jurisdictions;
import cn.henan.cjrh.identity.NewUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.identity.UserAccounts;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 企业注册 — creates an enterprise and its first user together, or neither. */
@Service
public class RegistrationService {
    private final EnterpriseRepository enterprises;
    private final UserAccounts users;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;

    RegistrationService(
            EnterpriseRepository enterprises,
            UserAccounts users,
            Jurisdictions jurisdictions,
            ApplicationEventPublisher events) {
        this.enterprises = enterprises;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    /** The registration is already checked for form (Bean Validation); this checks it against the platform's data. */
    @Transactional
    public EnterpriseRegistered register(Registration registration) {
        if (!jurisdictions.isRegistrableCounty(registration.countyCode())) {
            throw InvalidInputException.of(
                    "countyCode", "enterprise.registration.county-code.not-henan-county", registration.countyCode());
        }
        if (enterprises.usccRegistered(registration.uscc())) {
            throw new ConflictException("enterprise.registration.uscc-registered", registration.uscc());
        }
        long enterpriseId;
        try {
            enterpriseId = enterprises.insert(registration, jurisdictions.cityOf(registration.countyCode()));
        } catch (DuplicateKeyException raced) { // two registrations of one USCC at once: the unique key decides
            throw new ConflictException("enterprise.registration.uscc-registered", registration.uscc());
        }
        users.create(new NewUser(
                registration.username(),
                registration.password(),
                registration.contactName().strip(),
                Role.ENTERPRISE,
                registration.countyCode(),
                enterpriseId));
        var registered = new EnterpriseRegistered(
                enterpriseId,
                registration.uscc(),
                registration.name().strip(),
                registration.countyCode(),
                registration.username());
        events.publishEvent(registered);
        return registered;
    }
}
