package org.dialtone.api.system;

public interface SystemHealthService {
    SystemHealth health();
}
