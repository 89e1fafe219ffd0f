package org.credpath.engine.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.index.SkillTextSource;
import org.credpath.engine.text.TextEncoder;
import org.credpath.engine.text.semantic.EncoderTexts;

/** Builds a resampled catalogue's index from scratch and measures throughput. */
public final class IndexBenchmark {

    private IndexBenchmark() {
    }

    /** Credentials resampled untimed to estimate the resampler's own share of the indexing CPU. */
    static final int RESAMPLE_PROBE = 50_000;

    /**
     * CPU seconds the resampler alone would take for {@code size} credentials (it runs inside the
     * timed loop), extrapolated from generating the first {@link #RESAMPLE_PROBE} on this thread.
     */
    static double resamplingCpuSeconds(CatalogResampler resampler, long size) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long n = Math.min(size, RESAMPLE_PROBE);
        long sink = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        for (long i = 0; i < n; i++) {
            sink += resampler.sample(i).credential().title().length();
        }
        double secs = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        return sink < 0 ? 0 : secs * size / n;
    }

    public static BenchReports.IndexReport run(CatalogResampler resampler, Path dir, CredentialVectors vectors,
                                               SkillTextSource skillText, BenchOptions o, PrintStream progress) {
        return run(resampler, dir, vectors, skillText, null, o, progress);
    }

    /**
     * As {@link #run(CatalogResampler, Path, CredentialVectors, SkillTextSource, BenchOptions, PrintStream)}, also
     * encoding each credential's relevance text ({@link EncoderTexts#credential}) with {@code encoder} in the timed
     * loop, as a tenant's addition or a new catalogue pays it; null = no encoding.
     */
    public static BenchReports.IndexReport run(CatalogResampler resampler, Path dir, CredentialVectors vectors,
                                               SkillTextSource skillText, TextEncoder encoder, BenchOptions o,
                                               PrintStream progress) {
        double resampleCpu = resamplingCpuSeconds(resampler, o.size());
        AtomicLong done = new AtomicLong();
        DoubleAdder encoded = new DoubleAdder();
        long t0 = System.nanoTime();
        long cpu0 = BenchReports.processCpuNanos();
        try (CatalogIndex index = CatalogIndex.open(dir, vectors, skillText, o.index());
             ExecutorService pool = Executors.newFixedThreadPool(o.threads())) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < o.threads(); t++) {
                final int first = t;
                jobs.add(pool.submit(() -> {
                    for (long i = first; i < o.size(); i += o.threads()) {
                        CatalogResampler.Sample s = resampler.sample(i);
                        if (encoder != null) {
                            encoded.add(encoder.encode(EncoderTexts.credential(s.credential()))[0]);
                        }
                        index.append(s.credential(), o.withVectors() ? s.vector() : java.util.Optional.empty());
                        long n = done.incrementAndGet();
                        if (n % 100_000 == 0) {
                            progress.printf("  %,d indexed (%.0f/s)%n", n, n / ((System.nanoTime() - t0) / 1e9));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            index.commit();
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (BenchReports.processCpuNanos() - cpu0) / 1e9;
            if (encoder != null && !Double.isFinite(encoded.sum())) {
                throw new IllegalStateException("encoder " + encoder.id() + " gave a vector that is not finite");
            }
            return new BenchReports.IndexReport(o.size(), o.threads(), encoder == null ? "none" : encoder.id(), secs,
                    o.size() / secs, cpu, o.size() / cpu, resampleCpu, index.segmentCount(),
                    BenchReports.directoryMb(dir), BenchReports.rssMb(), BenchReports.loadAverage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        }
    }
}
