package org.mentormatch.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name this instance works under in the cluster: it marks the jobs it holds and the runs it solves. Host name
 * and process id by default, so that two instances on one machine differ.
 */
@ApplicationScoped
public class InstanceName {

    private final String name;

    InstanceName(@ConfigProperty(name = "mentor-match.instance-name") Optional<String> configured) {
        this.name = configured.filter(value -> !value.isBlank()).orElseGet(InstanceName::hostAndPid);
    }

    public String get() {
        return name;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
