package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.model.ServiceKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a Backstage {@code spec.type} becomes a {@link ServiceKind}. Backstage leaves types free; this
 * table covers its documented ones ({@code service}, {@code website}, {@code library},
 * {@code database}, …) and common words for the rest. A kind's own code ({@code cache},
 * {@code identity}, …) always works. Case and {@code _}/{@code -} differences are ignored.
 *
 * <table>
 *   <caption>spec.type → kind</caption>
 *   <tr><th>spec.type</th><th>kind</th></tr>
 *   <tr><td>service, website, library, application, app, api, backend, frontend, worker, job</td><td>application</td></tr>
 *   <tr><td>database, db, postgres, postgresql, mysql, mariadb, mongodb, oracle, sql-server, rds, dynamodb, cassandra</td><td>database</td></tr>
 *   <tr><td>storage, s3-bucket, bucket, object-storage, blob-storage, file-storage, filesystem, volume</td><td>storage</td></tr>
 *   <tr><td>cache, redis, memcached</td><td>cache</td></tr>
 *   <tr><td>queue, message-queue, topic, kafka, kafka-topic, sqs, sns, pubsub, rabbitmq, event-bus, stream</td><td>queue</td></tr>
 *   <tr><td>network, vpc, load-balancer, dns, cdn, gateway, api-gateway, firewall, proxy</td><td>network</td></tr>
 *   <tr><td>identity, idp, iam, sso, ldap, directory, oauth</td><td>identity</td></tr>
 *   <tr><td>external, saas, third-party, vendor</td><td>external</td></tr>
 * </table>
 *
 * <p>Any other or missing type gives {@link #fallback}: an application for a Component, storage for a
 * Resource (Backstage resources are mostly where data lives, so its recovery point is then checked),
 * with a warning. Stateless.
 */
final class BackstageKinds {
    private static final Map<String, ServiceKind> TYPES = new HashMap<>();

    static {
        add(ServiceKind.APPLICATION, "service", "website", "library", "application", "app", "api", "backend",
                "frontend", "worker", "job");
        add(ServiceKind.DATABASE, "database", "db", "postgres", "postgresql", "mysql", "mariadb", "mongodb", "oracle",
                "sql-server", "rds", "dynamodb", "cassandra");
        add(ServiceKind.STORAGE, "storage", "s3-bucket", "bucket", "object-storage", "blob-storage", "file-storage",
                "filesystem", "volume");
        add(ServiceKind.CACHE, "cache", "redis", "memcached");
        add(ServiceKind.QUEUE, "queue", "message-queue", "topic", "kafka", "kafka-topic", "sqs", "sns", "pubsub",
                "rabbitmq", "event-bus", "stream");
        add(ServiceKind.NETWORK, "network", "vpc", "load-balancer", "dns", "cdn", "gateway", "api-gateway",
                "firewall", "proxy");
        add(ServiceKind.IDENTITY, "identity", "idp", "iam", "sso", "ldap", "directory", "oauth");
        add(ServiceKind.EXTERNAL, "external", "saas", "third-party", "vendor");
    }

    private BackstageKinds() {
    }

    /** The kind {@code type} names, or empty when the table does not know it. */
    static Optional<ServiceKind> of(String type) {
        return Optional.ofNullable(TYPES.get(type.strip().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    /** The kind of an entity whose type is unknown: {@code resource} or else component. */
    static ServiceKind fallback(boolean resource) {
        return resource ? ServiceKind.STORAGE : ServiceKind.APPLICATION;
    }

    private static void add(ServiceKind kind, String... types) {
        for (String type : types) {
            TYPES.put(type, kind);
        }
    }
}
