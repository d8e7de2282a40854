package org.dialtone.itests;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.Test;
import org.junit.runner.Description;
import org.junit.runner.Runner;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.model.InitializationError;
import org.ops4j.pax.exam.junit.PaxExam;

/**
 * Runs an area's Pax Exam class on this run's database ({@link DialtoneOptions#database()}); on PostgreSQL, when it is
 * unreachable, reports each of the class's tests as skipped without booting anything, and with CI=true fails instead.
 */
public class DialtoneExam extends Runner {
    static final String URL = "jdbc:postgresql://127.0.0.1:" + System.getProperty("dialtone.itest.postgresPort", "5432") + "/test";
    static final String USER = "postgres";

    private final Runner exam;
    private final Description skipped;

    public DialtoneExam(Class<?> test) throws InitializationError {
        String unreachable = DialtoneOptions.onPostgres() ? unreachable() : null;
        if (unreachable == null || "true".equals(System.getenv("CI"))) {
            exam = new PaxExam(test);
            skipped = null;
        } else {
            System.err.println("PostgreSQL at " + URL + " is unreachable (" + unreachable + "); skipping " + test.getName());
            exam = null;
            skipped = Description.createSuiteDescription(test);
            for (Method method : test.getMethods()) {
                if (method.isAnnotationPresent(Test.class)) {
                    skipped.addChild(Description.createTestDescription(test, method.getName()));
                }
            }
        }
    }

    @Override
    public Description getDescription() {
        return exam != null ? exam.getDescription() : skipped;
    }

    @Override
    public void run(RunNotifier notifier) {
        if (exam != null) {
            exam.run(notifier);
            return;
        }
        for (Description test : skipped.getChildren()) {
            notifier.fireTestIgnored(test);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    private static String unreachable() {
        try (Connection ignored = connect()) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
