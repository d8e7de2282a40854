package org.dialtone.itests;

import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

/**
 * The wiring an area's IT class shares, nothing else: the distribution on this run's database, one container for all
 * areas, and the initial admin once the server answers. Helpers belong in {@link Admin}.
 */
@RunWith(DialtoneExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class OnTheServer {
    @Inject
    protected BundleContext context;
    @Inject
    protected FeaturesService features;
    @Inject
    protected SessionFactory sessions;
    protected Admin admin;
    protected Https https;
    protected String password;

    @Configuration
    public Option[] config() throws Exception {
        return DialtoneOptions.server();
    }

    @Before
    public void connect() throws Exception {
        admin = Admin.connect(sessions);
        https = admin.https;
        password = admin.password;
    }
}
