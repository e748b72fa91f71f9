package dev.openapiauth.lint.report;

/** The look the HTML reports share (the lint's coverage, the probe's matrix): inline, no external asset. */
public final class HtmlStyle {
    public static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#f3f3f3}.yes{color:#1a7f37}.no{color:#cf222e;font-weight:bold}.na{color:#888}
            .error{color:#cf222e}.warning{color:#9a6700}.info{color:#0969da}.counts td{text-align:right}
            ul{margin:0;padding-left:1.2em}code{font-size:12px}
            """;

    private HtmlStyle() {
    }
}
