package org.credpath.api;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Store candidates measured below the HTTP layer, with plain JDBC (for stores the repositories do
 * not run on yet). Run from the api test class path (plus the candidate's driver jar):
 * <pre>
 * CommitProbe rate URL N          single-row commits per second over N commits
 * CommitProbe kill URL CYCLES SEED SIGKILL a child that commits single rows and prints each
 *                                 acknowledged id, CYCLES times; count acknowledged ids missing
 * </pre>
 * {@code {dir}} in the URL is replaced by a fresh temp folder. A URL ending in {@code #sync} runs
 * {@code CHECKPOINT SYNC} (H2: flush and fsync) after each commit; one ending in {@code #fsync} forces the
 * H2 store file to the disk through a second read channel (fsync applies to the file).
 */
public final class CommitProbe {
    private CommitProbe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "rate" -> rate(resolve(args[1], Files.createTempDirectory("probe")), Integer.parseInt(args[2]));
            case "kill" -> kill(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "write" -> write(args[1]);
            default -> throw new IllegalArgumentException("rate | kill");
        }
    }

    private static String resolve(String url, Path dir) {
        return url.replace("{dir}", dir.toAbsolutePath().toString());
    }

    private static Connection open(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url.replace("#fsync", "").replace("#sync", ""), "sa", "");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS probe (id BIGINT PRIMARY KEY, body VARCHAR(200))");
        }
        c.setAutoCommit(false);
        return c;
    }

    private static void commit(Connection c, String url, PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, "row " + id);
        ps.executeUpdate();
        c.commit();
        if (url.endsWith("#sync")) {
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
        } else if (url.endsWith("#fsync")) {
            try {
                fsync(url).force(false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static java.nio.channels.FileChannel channel;

    /** A read channel on the H2 store file, kept open (closing it would drop H2's file lock). */
    private static java.nio.channels.FileChannel fsync(String url) throws java.io.IOException {
        if (channel == null) {
            String file = url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db";
            channel = java.nio.channels.FileChannel.open(Path.of(file), java.nio.file.StandardOpenOption.READ);
        }
        return channel;
    }

    private static void rate(String url, int n) throws SQLException {
        try (Connection c = open(url); PreparedStatement ps = c.prepareStatement("INSERT INTO probe VALUES (?, ?)")) {
            for (int i = 0; i < 200; i++) {
                commit(c, url, ps, -1 - i);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                commit(c, url, ps, i);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%s: %d single-row commits in %.2f s = %.0f commits/s%n", url, n, s, n / s);
        }
    }

    private static void write(String url) throws SQLException {
        try (Connection c = open(url); PreparedStatement ps = c.prepareStatement("INSERT INTO probe VALUES (?, ?)")) {
            System.out.println("READY");
            for (long i = 0; ; i++) {
                commit(c, url, ps, i);
                System.out.println("ACK " + i);
            }
        }
    }

    private static void kill(String template, int cycles, long seed) throws Exception {
        Path dir = Files.createTempDirectory("probe");
        String url = resolve(template, dir);
        Random random = new Random(seed);
        long acked = 0;
        long lost = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            List<Long> acks = runAndKill(url, 300 + random.nextInt(1500));
            acked += acks.size();
            try (Connection c = open(url); Statement st = c.createStatement()) {
                for (long id : acks) {
                    try (var rs = st.executeQuery("SELECT COUNT(*) FROM probe WHERE id = " + id)) {
                        rs.next();
                        lost += rs.getLong(1) == 1 ? 0 : 1;
                    }
                }
                st.execute("DELETE FROM probe");
                c.commit();
            }
            System.err.printf("cycle %d: acknowledged %d, lost so far %d%n", cycle + 1, acks.size(), lost);
        }
        System.out.printf("%s: %d kills, %d acknowledged commits, %d lost%n", template, cycles, acked, lost);
    }

    private static List<Long> runAndKill(String url, int millis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitProbe.class.getName(), "write", url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> acks = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = Thread.ofPlatform().start(() -> out.lines().filter(l -> l.startsWith("ACK "))
                .forEach(l -> acks.add(Long.parseLong(l.substring(4)))));
        Thread.sleep(millis + 1500);
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        reader.join();
        return acks;
    }
}
