package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialReader;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.bundled.SearchIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credpath index --catalog FILE...}: adds credentials to the catalogue index, durably. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Add or replace credentials (JSONL, one per line) in the catalogue index and commit. "
                + "Credentials without ESCO skills get them inferred from their text.")
public final class IndexCommand implements Callable<Integer> {

    @Option(names = "--catalog", arity = "1..*", required = true, paramLabel = "FILE", description = "credential JSONL files")
    List<Path> files;
    @Option(names = "--index", description = "index folder (default var/index, the bundled catalogue; another folder starts empty)")
    Path index;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    record Output(int indexed, int warnings, int total) {
    }

    @Override
    public Integer call() throws IOException {
        List<Credential> all = new ArrayList<>();
        int warnings = 0;
        for (Path f : files) {
            ReadResult<Credential> r = CredentialReader.read(f, ReadMode.FILE);
            r.warnings().forEach(w -> System.err.println("warning: " + w));
            warnings += r.warnings().size();
            all.addAll(r.orThrow());
        }
        CredpathHome home = CredpathHome.locate();
        try (SearchIndex s = openDefault(home, index)) {
            System.err.println("indexing " + all.size() + " credentials...");
            s.ingest(all);
            Output out = new Output(all.size(), warnings, s.index().size());
            if (json) {
                System.out.println(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(out));
            } else {
                System.out.printf("indexed %d credentials (%d warnings); the index holds %d%n", out.indexed(),
                        out.warnings(), out.total());
            }
        }
        return 0;
    }

    /**
     * The default index ({@code var/index}, built from the bundled catalogue when missing), or the
     * index in {@code dir} when one is given (empty when missing: it holds what you index into it).
     */
    static SearchIndex openDefault(CredpathHome home, Path dir) {
        if (dir == null) {
            return SearchIndex.open(home, SearchIndex.defaultDirectory(home), BundledCredentials.loader(home), System.err);
        }
        return SearchIndex.open(home, dir, List::of, System.err);
    }
}
