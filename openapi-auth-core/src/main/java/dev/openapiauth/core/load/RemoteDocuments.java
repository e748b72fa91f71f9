package dev.openapiauth.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches allow-listed remote documents with timeouts, no redirects and a size bound. */
final class RemoteDocuments {
    private final Duration timeout;
    private final long maxBytes;
    private HttpClient client;

    RemoteDocuments(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    byte[] fetch(URI uri) throws RefRefusedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new RefRefusedException("fetching " + uri + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new RefRefusedException(uri + " is larger than the limit of " + maxBytes + " bytes");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new RefRefusedException("cannot fetch " + uri + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefRefusedException("interrupted while fetching " + uri);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // Redirects stay off: a redirect could lead to a host that is not allow-listed.
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }
}
