package cn.henan.cjrh.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every *IT, *WebIT and *ProcessTest: one Spring context, one engine, one PostgreSQL per run. Nothing is
 * mocked; tests create their own data with unique keys and assert on their own rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({Fixtures.class, ProcessCoverage.class})
public abstract class IntegrationTest {
    @Autowired
    protected Fixtures given;

    @LocalServerPort
    private int port;

    protected ApiClient api;

    @BeforeEach
    void connectApiClient() {
        api = new ApiClient("http://localhost:" + port);
    }
}
