package org.dialtone.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The distribution as shipped: embedded H2. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ServerOnH2IT extends TlsTestBase {
    @Configuration
    public Option[] config() {
        return DialtoneOptions.distribution();
    }

    @Override
    protected String expectedDatabase() {
        return "H2";
    }
}
