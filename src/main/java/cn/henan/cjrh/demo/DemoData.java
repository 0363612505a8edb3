package cn.henan.cjrh.demo;

import cn.henan.cjrh.application.BatchRequest;
import cn.henan.cjrh.application.BatchService;
import cn.henan.cjrh.enterprise.EnterpriseService;
import cn.henan.cjrh.enterprise.Registration;
import cn.henan.cjrh.enterprise.RegistrationService;
import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.identity.NewUser;
import cn.henan.cjrh.identity.Role;
import cn.henan.cjrh.identity.UserAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data of DESIGN.md §5, password {@value #PASSWORD}: reviewers at each level, policy staff, an admin and a
 * dozen enterprises across 郑州, 周口 and 三门峡. Each item is created only if missing, so starting twice creates nothing
 * twice.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {
    static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<StaffUser> STAFF = List.of(
            new StaffUser("county.chuanhui", "川汇区初审员", Role.COUNTY_REVIEWER, "411602"),
            new StaffUser("county.fugou", "扶沟县初审员", Role.COUNTY_REVIEWER, "411621"),
            new StaffUser("county.luyi", "鹿邑县初审员", Role.COUNTY_REVIEWER, "411628"),
            new StaffUser("county.erqi", "二七区初审员", Role.COUNTY_REVIEWER, "410103"),
            // one county reviewer for each further county of the demo enterprises, so the demo can run every step
            new StaffUser("county.xiangcheng", "项城市初审员", Role.COUNTY_REVIEWER, "411681"),
            new StaffUser("county.zhongyuan", "中原区初审员", Role.COUNTY_REVIEWER, "410102"),
            new StaffUser("county.zhongmou", "中牟县初审员", Role.COUNTY_REVIEWER, "410122"),
            new StaffUser("county.gongyi", "巩义市初审员", Role.COUNTY_REVIEWER, "410181"),
            new StaffUser("county.hubin", "湖滨区初审员", Role.COUNTY_REVIEWER, "411202"),
            new StaffUser("county.lingbao", "灵宝市初审员", Role.COUNTY_REVIEWER, "411282"),
            new StaffUser("county.mianchi", "渑池县初审员", Role.COUNTY_REVIEWER, "411221"),
            new StaffUser("city.zhoukou", "周口市复核员", Role.CITY_REVIEWER, "411600"),
            new StaffUser("city.zhengzhou", "郑州市复核员", Role.CITY_REVIEWER, "410100"),
            new StaffUser("city.sanmenxia", "三门峡市复核员", Role.CITY_REVIEWER, "411200"),
            new StaffUser("province.henan", "省级审核员", Role.PROVINCE_REVIEWER, "410000"),
            new StaffUser("policy.editor", "政策制定员", Role.POLICY_EDITOR, "410000"),
            new StaffUser("policy.approver", "政策审批员", Role.POLICY_APPROVER, "410000"),
            new StaffUser("admin", "平台管理员", Role.ADMIN, "410000"));

    private static final List<DemoEnterprise> ENTERPRISES = List.of(
            new DemoEnterprise("91411602MA9G7H8J9U", "周口华源智能装备有限公司", "411602", "ent.demo", "张华"),
            new DemoEnterprise("91411602MAAY4CL12P", "周口市川汇食品科技有限公司", "411602", "ent.chuanhui", "李明"),
            new DemoEnterprise("91411621MATH3BJ1X3", "扶沟县绿源农业发展有限公司", "411621", "ent.fugou", "王芳"),
            new DemoEnterprise("91411628MAG612DD2R", "鹿邑县老子故里纺织有限公司", "411628", "ent.luyi", "赵强"),
            new DemoEnterprise("91411681MA72HD1TJM", "项城市莲花健康产业有限公司", "411681", "ent.xiangcheng", "孙丽"),
            new DemoEnterprise("91410103MA3Y7LLJYX", "郑州二七智造科技有限公司", "410103", "ent.erqi", "周伟"),
            new DemoEnterprise("91410102MA1JJC171E", "郑州中原现代物流有限公司", "410102", "ent.zhongyuan", "吴静"),
            new DemoEnterprise("91410122MAHU49D4H8", "中牟县新能源汽车配件有限公司", "410122", "ent.zhongmou", "郑刚"),
            new DemoEnterprise("91410181MA3J9HTM5F", "巩义市豫中新材料有限公司", "410181", "ent.gongyi", "冯敏"),
            new DemoEnterprise("91411202MA3JJL6B3W", "三门峡湖滨检验检测有限公司", "411202", "ent.hubin", "陈晨"),
            new DemoEnterprise("91411282MAHN2J1K6L", "灵宝市黄金冶炼技术有限公司", "411282", "ent.lingbao", "褚磊"),
            new DemoEnterprise("91411221MAFMHDQAEC", "渑池县仰韶酒业有限公司", "411221", "ent.mianchi", "卫东"));

    private final UserAccounts users;
    private final RegistrationService registrations;
    private final EnterpriseService enterprises;
    private final BatchService batches;
    private final Clock clock;

    DemoData(
            UserAccounts users,
            RegistrationService registrations,
            EnterpriseService enterprises,
            BatchService batches,
            Clock clock) {
        this.users = users;
        this.registrations = registrations;
        this.enterprises = enterprises;
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (var staff : STAFF) {
            if (!users.usernameTaken(staff.username())) {
                users.create(new NewUser(
                        staff.username(), PASSWORD, staff.displayName(), staff.role(), staff.jurisdictionCode(), null));
                created++;
            }
        }
        for (var enterprise : ENTERPRISES) {
            if (enterprises.findByUscc(enterprise.uscc()).isEmpty() && !users.usernameTaken(enterprise.username())) {
                registrations.register(new Registration(
                        enterprise.uscc(),
                        enterprise.name(),
                        enterprise.countyCode(),
                        enterprise.contactName(),
                        enterprise.contactName(),
                        "0394-8888" + String.format("%03d", created),
                        enterprise.username(),
                        PASSWORD));
                created++;
            }
        }
        int year = LocalDate.now(clock).getYear();
        if (batches.findByYear(year).isEmpty()) { // the whole calendar year, Asia/Shanghai
            var zone = clock.getZone();
            batches.create(
                    Actor.SYSTEM,
                    new BatchRequest(
                            year,
                            LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                            LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
            created++;
        }
        log.info("Demo data: {} users, enterprises and batches created (password {})", created, PASSWORD);
    }

    /** The demo's county reviewer of a county. */
    static String countyReviewerOf(String countyCode) {
        return STAFF.stream()
                .filter(staff -> staff.role() == Role.COUNTY_REVIEWER
                        && staff.jurisdictionCode().equals(countyCode))
                .map(StaffUser::username)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo county reviewer for " + countyCode));
    }

    /** The demo's city reviewer of a city. */
    static String cityReviewerOf(String cityCode) {
        return STAFF.stream()
                .filter(staff -> staff.role() == Role.CITY_REVIEWER
                        && staff.jurisdictionCode().equals(cityCode))
                .map(StaffUser::username)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo city reviewer for " + cityCode));
    }

    private record StaffUser(String username, String displayName, Role role, String jurisdictionCode) {}

    private record DemoEnterprise(String uscc, String name, String countyCode, String username, String contactName) {}
}
