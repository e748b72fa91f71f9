package dev.openapiauth.probe;

import dev.openapiauth.probe.http.RawResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a 401 or 403 answer should not show: stack traces, exception class names, server versions. */
final class AuthErrorInternals {
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w$.]+\\([\\w$.]*(?::\\d+)?\\)|Traceback \\(most recent call last\\)"
            + "|\\bat [\\w$.]+\\.[\\w$<>]+\\([\\w$]+\\.java:\\d+\\)");
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");

    private AuthErrorInternals() {
    }

    /** What the answer gives away, in a few words, or null. */
    static String of(RawResponse response) {
        if (STACK_FRAME.matcher(response.bodyStart()).find()) {
            return "a stack trace in the body";
        }
        Matcher exception = EXCEPTION_CLASS.matcher(response.bodyStart());
        if (exception.find()) {
            return "the exception class " + exception.group() + " in the body";
        }
        for (String header : List.of("Server", "X-Powered-By", "X-AspNet-Version")) {
            for (String value : response.header(header)) {
                if (VERSION.matcher(value).find()) {
                    return "the version in " + header + ": " + value;
                }
            }
        }
        return null;
    }
}
