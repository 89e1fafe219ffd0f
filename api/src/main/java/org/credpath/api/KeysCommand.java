package org.credpath.api;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.api.auth.ApiKeys;
import org.credpath.api.auth.IssuedKey;
import org.credpath.api.auth.KeySpec;
import org.credpath.api.store.ApiKeyRepository;
import org.credpath.api.store.Database;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.Tenant;
import org.credpath.api.store.TenantRepository;
import org.credpath.engine.cli.UserFacingException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code credpath keys issue}: API keys issued straight into the database (e.g. an admin key after the first start). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "API keys in the server's database.",
        subcommands = KeysCommand.Issue.class)
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** H2's error code for a database file locked by another process. */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** {@code credpath keys issue --tenant T [--type admin|tenant|public] [--label L] [--origin O]...}. */
    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issue an API key and print its secret once on stdout (only its SHA-256 is stored).")
    static final class Issue implements Callable<Integer> {
        @Spec
        CommandSpec command;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--tenant", required = true, description = "Tenant id (a-z, 0-9, -).")
        String tenant;

        @Option(names = "--type", defaultValue = "admin", description = "admin, tenant or public. Default: ${DEFAULT-VALUE}.")
        String type;

        @Option(names = "--label", defaultValue = "issued by credpath keys issue",
                description = "What the key is for (shown in key lists). Default: '${DEFAULT-VALUE}'.")
        String label;

        @Option(names = "--origin", description = "An allowed browser origin (scheme://host[:port]); required, one or more, for public keys.")
        List<String> origins;

        @Option(names = "--create-tenant", description = "Create the tenant when it does not exist yet.")
        boolean createTenant;

        @Override
        public Integer call() {
            KeyType keyType;
            try {
                keyType = KeyType.fromWire(type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--type: must be admin, tenant or public, got " + type, e);
            }
            KeySpec spec = KeySpec.defaults(keyType, label, origins);
            DatabaseConfig config = database.config();
            try (Database db = open(config)) {
                TenantRepository tenants = new TenantRepository(db);
                if (tenants.find(tenant).isEmpty()) {
                    if (!createTenant) {
                        throw new IllegalArgumentException("--tenant: no tenant with id " + tenant + " in "
                                + config.describe() + " (tenants: " + tenantIds(tenants)
                                + "); add --create-tenant to create it");
                    }
                    tenants.create(new Tenant(tenant, "Tenant " + tenant, OffsetDateTime.now(ZoneOffset.UTC)));
                }
                IssuedKey key = new ApiKeys(new ApiKeyRepository(db), tenants, System::nanoTime).issue(tenant, spec);
                command.commandLine().getErr().println("credpath keys issue: " + keyType.wire() + " key "
                        + key.record().id() + " for tenant " + tenant + " in " + config.describe()
                        + "; the secret below is shown once (send it as X-API-Key):");
                command.commandLine().getErr().flush();
                command.commandLine().getOut().println(key.secret());
                command.commandLine().getOut().flush();
            }
            return 0;
        }

        private static String tenantIds(TenantRepository tenants) {
            List<String> ids = tenants.list().stream().map(Tenant::id).toList();
            return ids.isEmpty() ? "none yet" : String.join(", ", ids);
        }

        /** Opens the database; a file locked by a running server is a clear refusal, not a stack trace. */
        static Database open(DatabaseConfig config) {
            try {
                return Database.open(config);
            } catch (RuntimeException e) {
                if (config.isEmbedded() && lockedByAnotherProcess(e)) {
                    throw new UserFacingException("the embedded database " + config.describe()
                            + " is in use by a running server (it allows one process at a time): stop the server"
                            + " and run this again, or issue the key through the running server with an admin key:"
                            + " POST /v1/admin/tenants/{id}/keys", e);
                }
                throw e;
            }
        }

        static boolean lockedByAnotherProcess(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException s && s.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                    return true;
                }
            }
            return false;
        }
    }
}
