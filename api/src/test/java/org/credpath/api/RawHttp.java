package org.credpath.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A raw HTTP/1.1 client over a socket, for requests that a real client refuses to send (bad URI
 * encodings, duplicate Content-Length, oversized headers). Reads one response: headers, then a
 * Content-Length body, a chunked body, or everything until the server closes.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** One response; header names lower-cased. */
    record Response(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null ? null : v.getFirst();
        }

        String contentType() {
            String ct = header("content-type");
            return ct == null ? "" : ct;
        }
    }

    static Response send(int port, byte[] request, int timeoutMillis) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading everything (e.g. 431, 413): read what it said
            }
            return read(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("no HTTP response, got: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String h; (h = line(in)) != null && !h.isEmpty(); ) {
            int colon = h.indexOf(':');
            headers.computeIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(h.substring(colon + 1).strip());
        }
        byte[] body;
        List<String> te = headers.get("transfer-encoding");
        List<String> cl = headers.get("content-length");
        if (te != null && te.getFirst().toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunked(in);
        } else if (cl != null) {
            body = in.readNBytes(Integer.parseInt(cl.getFirst()));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String size; (size = line(in)) != null; ) {
            int n = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (n == 0) {
                break;
            }
            out.write(in.readNBytes(n));
            line(in);
        }
        return out.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    /** A request with {@code Connection: close}, the given extra header lines and an optional body (Content-Length added). */
    static byte[] request(String method, String target, List<String> headers, byte[] body) {
        StringBuilder sb = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach(h -> sb.append(h).append("\r\n"));
        if (body != null && headers.stream().noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("content-length:")
                || h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:"))) {
            sb.append("Content-Length: ").append(body.length).append("\r\n");
        }
        sb.append("\r\n");
        byte[] head = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return head;
        }
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
