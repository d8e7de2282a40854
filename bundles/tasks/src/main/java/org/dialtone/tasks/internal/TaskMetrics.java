package org.dialtone.tasks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.system.Metric;
import org.dialtone.api.system.MetricSource;
import org.dialtone.api.tasks.TaskQuery;
import org.dialtone.api.tasks.TaskState;
import org.dialtone.store.TaskRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Scheduled tasks by state. */
@Component(service = MetricSource.class)
public class TaskMetrics implements MetricSource {
    private final TaskRepository tasks;

    @Activate
    public TaskMetrics(@Reference TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<Metric> metrics() {
        List<Metric.Sample> byState = new ArrayList<>();
        for (TaskState state : TaskState.values()) {
            byState.add(new Metric.Sample("", Map.of("state", state.name().toLowerCase(java.util.Locale.ROOT)),
                    tasks.find(new TaskQuery(null, state), new PageRequest(0, 1)).total()));
        }
        return List.of(new Metric("dialtone_tasks", "gauge", "Scheduled tasks by state", byState));
    }
}
