package dev.openapiauth.lint.report;

/** Text for XML and HTML attributes and content. */
public final class Xml {
    private Xml() {
    }

    /** Escapes markup characters and drops control characters, which XML 1.0 cannot carry. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\n') {
                        out.append("&#10;");
                    } else if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
