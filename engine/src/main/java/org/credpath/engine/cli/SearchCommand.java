package org.credpath.engine.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.SearchHit;
import org.credpath.engine.index.SearchMode;
import org.credpath.engine.index.SearchRequest;
import org.credpath.engine.index.bundled.SearchIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code credpath search "QUERY"}: the catalogue, by text and skills, under filters. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the catalogue (the bundled one unless 'credpath index' built another). "
                + "The query is plain text: no query syntax is interpreted.")
public final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "words to search for")
    String query;
    @Option(names = "--k", defaultValue = "10", description = "number of results (default ${DEFAULT-VALUE})")
    int k;
    @Option(names = "--mode", defaultValue = "hybrid", description = "bm25, knn or hybrid (default ${DEFAULT-VALUE})")
    String mode;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;
    @Mixin
    SearchOptions options;

    /** The JSON output: {@code {"results":[{"id","title","score","skills":[...]}]}}. */
    record Output(List<SearchHit> results) {
    }

    @Override
    public Integer call() {
        SearchRequest request = new SearchRequest(query, List.of(), options.filters(), k, SearchMode.parse(mode));
        CredpathHome home = CredpathHome.locate();
        try (SearchIndex s = IndexCommand.openDefault(home, options.index)) {
            List<SearchHit> hits = s.index().search(request);
            if (json) {
                System.out.println(JsonMapper.builder().build().writeValueAsString(new Output(hits)));
            } else if (hits.isEmpty()) {
                System.out.println("no credential matches (try fewer filters or other words)");
            } else {
                for (int i = 0; i < hits.size(); i++) {
                    SearchHit h = hits.get(i);
                    List<String> labels = s.tagger().labelsOf(h.skills());
                    System.out.printf("%2d. %-40s %.4f  %s%n      skills: %s%n", i + 1, h.id(), h.score(), h.title(),
                            String.join(", ", labels.subList(0, Math.min(6, labels.size()))));
                }
            }
        }
        return 0;
    }
}
