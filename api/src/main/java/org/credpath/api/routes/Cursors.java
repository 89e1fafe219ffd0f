package org.credpath.api.routes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.credpath.api.http.ProblemException;

import io.javalin.http.Context;

/**
 * Opaque cursors for list routes ({@code ?cursor=&limit=}): a cursor names the last id of the page
 * before, in base64url, so that a page is stable while rows are added before or after it.
 */
final class Cursors {
    private static final String PREFIX = "c1:";

    /** A page: its items and the cursor of the next page, absent (null) on the last one. */
    record Page<T>(List<T> items, String next) {
    }

    private Cursors() {
    }

    /** The id after which the page starts, from {@code ?cursor=}; null without one; 400 naming it when malformed. */
    static String after(Context ctx) {
        String cursor = ctx.queryParam("cursor");
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw ProblemException.invalidField("cursor", "not a cursor given by this API (send the \"next\" value of the previous page)");
    }

    /**
     * The page from {@code limit + 1} rows fetched in id order: the extra row only says that there is
     * a next page, whose cursor is the id of the page's last item.
     */
    static <R, T> Page<T> page(List<R> rows, int limit, Function<R, String> idOf, Function<R, T> item) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? encode(idOf.apply(shown.getLast())) : null;
        return new Page<>(shown.stream().map(item).toList(), next);
    }

    static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }
}
