package dev.openapiauth.probe;

import dev.openapiauth.probe.http.RawResponse;
import java.util.regex.Pattern;

/** The error pages web frameworks and servers answer with when an application gives no body of its own. */
final class DefaultErrorPages {
    private static final Pattern PAGE = Pattern.compile("Whitelabel Error Page|<title>HTTP Status \\d{3}|<h2>HTTP ERROR \\d{3}"
            + "|<center>nginx|<address>Apache/|Error 401--Unauthorized|<title>Error \\d{3}", Pattern.CASE_INSENSITIVE);

    private DefaultErrorPages() {
    }

    static boolean isOne(RawResponse response) {
        return PAGE.matcher(response.bodyStart()).find();
    }
}
